package articleflow.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import articleflow.model.ArticleJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * {@code /health} and {@code /ready} from the Kafka Streams state: alive unless the application failed or
 * stopped (a rebalance is not a reason to restart it) or the job reports a problem (a stream thread dying again
 * and again on one record), ready only while RUNNING and healthy.
 */
final class HealthEndpoint implements HttpHandler {

    enum Probe {
        LIVENESS,
        READINESS
    }

    private final Supplier<State> state;
    private final Supplier<String> problem;
    private final Probe probe;

    /** @param problem why the job is unhealthy although its state looks fine, or null */
    HealthEndpoint(Supplier<State> state, Supplier<String> problem, Probe probe) {
        this.state = state;
        this.problem = problem;
        this.probe = probe;
    }

    static boolean alive(State state) {
        return state != State.ERROR && state != State.NOT_RUNNING && state != State.PENDING_ERROR;
    }

    static boolean ready(State state) {
        return state == State.RUNNING;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!HttpReply.readOnly(exchange)) {
            return;
        }
        State current = state.get();
        String why = problem.get();
        boolean up = why == null && (probe == Probe.LIVENESS ? alive(current) : ready(current));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "up" : "down");
        body.put("state", String.valueOf(current));
        if (why != null) {
            body.put("problem", why);
        }
        HttpReply.send(exchange, up ? 200 : 503, "application/json", ArticleJson.toJson(body) + "\n");
    }
}
