package articleflow.ops;

import articleflow.model.ArticleJson;
import articleflow.ops.LagReader.GroupLag;
import articleflow.ops.LagReader.PartitionLag;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /lag}: the application group's committed offset, end offset and lag on every input partition, the
 * total, and the time lag; {@code /lag?group=G} the same for a downstream group on the enriched topic. Read
 * from Kafka on every request, so the figures are Kafka's own.
 */
final class LagEndpoint implements HttpHandler {

    private static final ObjectMapper JSON = ArticleJson.mapper();

    private final Function<String, GroupLag> lagOfGroup;
    private final Clock clock;

    /** @param lagOfGroup the lag of a group by name, or of the application's own for null */
    LagEndpoint(Function<String, GroupLag> lagOfGroup, Clock clock) {
        this.lagOfGroup = lagOfGroup;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!HttpReply.readOnly(exchange)) {
            return;
        }
        String group = queryParameter(exchange.getRequestURI().getRawQuery(), "group");
        try {
            GroupLag lag = lagOfGroup.apply(group);
            HttpReply.send(exchange, 200, "application/json", JSON.writeValueAsString(toJson(lag, clock.instant())) + "\n");
        } catch (RuntimeException e) {
            HttpReply.send(exchange, 503, "application/json",
                    JSON.writeValueAsString(Map.of("error", String.valueOf(e.getMessage()))) + "\n");
        }
    }

    static Map<String, Object> toJson(GroupLag lag, Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", lag.group());
        json.put("read_at", now.toString());
        json.put("total_lag", lag.total());
        Duration timeLag = lag.timeLag(now);
        json.put("time_lag_ms", timeLag.toMillis());
        List<Map<String, Object>> partitions = new ArrayList<>();
        for (PartitionLag p : lag.partitions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("topic", p.topic());
            row.put("partition", p.partition());
            row.put("committed", p.committed());
            row.put("end", p.end());
            row.put("lag", p.lag());
            row.put("oldest_unprocessed", p.oldestUnprocessed() == null ? null : p.oldestUnprocessed().toString());
            row.put("time_lag_ms", p.oldestUnprocessed() == null ? 0
                    : Math.max(0, Duration.between(p.oldestUnprocessed(), now).toMillis()));
            partitions.add(row);
        }
        json.put("partitions", partitions);
        return json;
    }

    static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
