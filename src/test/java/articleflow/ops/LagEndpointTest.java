package articleflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.ops.LagReader.GroupLag;
import articleflow.ops.LagReader.PartitionLag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagEndpointTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void shouldAnswerEveryPartitionWithTheTotalAndTheTimeLag() {
        GroupLag lag = new GroupLag("articleflow", List.of(
                new PartitionLag("articles.raw", 0, 40L, 45, 5, NOW.minusSeconds(30)),
                new PartitionLag("articles.raw", 1, null, 2, 2, NOW.minusSeconds(4)),
                new PartitionLag("articleflow-feed-replies-repartition", 0, 9L, 10, 0, null)));

        JsonNode json = new ObjectMapper().valueToTree(LagEndpoint.toJson(lag, NOW));

        assertThat(json.get("group").asText()).isEqualTo("articleflow");
        assertThat(json.get("total_lag").asLong()).isEqualTo(7);
        assertThat(json.get("time_lag_ms").asLong()).isEqualTo(30_000);
        assertThat(json.get("partitions")).hasSize(3);
        JsonNode first = json.get("partitions").get(0);
        assertThat(first.get("topic").asText()).isEqualTo("articles.raw");
        assertThat(first.get("committed").asLong()).isEqualTo(40);
        assertThat(first.get("end").asLong()).isEqualTo(45);
        assertThat(first.get("lag").asLong()).isEqualTo(5);
        assertThat(first.get("oldest_unprocessed").asText()).isEqualTo("2026-11-28T09:59:30Z");
        assertThat(json.get("partitions").get(1).get("committed").isNull()).isTrue();
        // one offset behind, but only a transaction marker left: no lag
        assertThat(json.get("partitions").get(2).get("lag").asLong()).isZero();
    }

    @Test
    void shouldReadTheGroupFromTheQuery() {
        assertThat(LagEndpoint.queryParameter("group=downstream%20reader&x=1", "group")).isEqualTo("downstream reader");
        assertThat(LagEndpoint.queryParameter("x=1", "group")).isNull();
        assertThat(LagEndpoint.queryParameter(null, "group")).isNull();
    }
}
