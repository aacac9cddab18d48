package articleflow.topology.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.internals.DefaultStreamPartitioner;
import org.junit.jupiter.api.Test;

class KeyPartitionsTest {

    /**
     * related.index groups bucket messages by the partition their keys land on; if it disagreed with where Kafka
     * Streams sends a key, a bucket would be split between partitions and lose candidates.
     */
    @Test
    void shouldPlaceAKeyWhereKafkaStreamsDefaultPartitionerSendsIt() {
        DefaultStreamPartitioner<String, Object> kafka = new DefaultStreamPartitioner<>(Serdes.String().serializer());
        for (int partitions : new int[] {1, 4, 6, 7}) {
            ToIntFunction<String> ours = KeyPartitions.of(partitions);
            for (String key : new String[] {"t|en|ferry", "t|de|fähre", "d|en|3|8841", "t|zh|港口", "", "t|en|harbour"}) {
                assertThat(Set.of(ours.applyAsInt(key)))
                        .as("%s of %d partitions", key, partitions)
                        .isEqualTo(kafka.partitions("related-by-bucket", key, null, new RecordHeaders(), partitions).orElseThrow());
            }
        }
    }

    @Test
    void shouldRefuseATopicWithoutPartitions() {
        assertThatThrownBy(() -> KeyPartitions.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
