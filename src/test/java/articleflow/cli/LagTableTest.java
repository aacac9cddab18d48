package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.ops.LagReader.GroupLag;
import articleflow.ops.LagReader.PartitionLag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagTableTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void shouldLayOutTheGroupLikeKafkaConsumerGroupsDescribeWithATotal() {
        GroupLag lag = new GroupLag("articleflow", List.of(
                new PartitionLag("articles.raw", 0, 1200L, 1250, 50, NOW.minusSeconds(90)),
                new PartitionLag("articles.raw", 1, 7L, 7, 0, null),
                new PartitionLag("articleflow-articles-by-id-repartition", 0, null, 3, 3, NOW.minusSeconds(2))));

        assertThat(LagTable.format(lag, NOW)).isEqualTo("""
                GROUP articleflow
                TOPIC                                   PARTITION  COMMITTED  END   LAG
                articles.raw                            0          1200       1250  50
                articles.raw                            1          7          7     0
                articleflow-articles-by-id-repartition  0          -          3     3
                TOTAL                                                               53   (oldest unprocessed record 90.0 s old)
                """);
    }

    @Test
    void shouldShowZeroTimeLagWhenCaughtUp() {
        GroupLag lag = new GroupLag("readers", List.of(new PartitionLag("articles.enriched", 0, 5L, 5, 0, null)));

        assertThat(LagTable.format(lag, NOW).lines().toList())
                .last().asString().matches("TOTAL\\s+0\\s+\\(oldest unprocessed record 0\\.0 s old\\)");
    }

    @Test
    void shouldSaySoWhenTheGroupHasNoCommittedOffsets() {
        assertThat(LagTable.format(new GroupLag("nobody", List.of()), NOW)).isEqualTo("""
                GROUP nobody
                no committed offsets (the group does not exist or has not read these topics yet)
                """);
    }
}
