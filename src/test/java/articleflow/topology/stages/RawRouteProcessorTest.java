package articleflow.topology.stages;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.topology.wire.RoutedRaw;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** A record stays where it is only when it sits on the partition Kafka Streams would give its key. */
class RawRouteProcessorTest {

    private static final int PARTITIONS = 6;

    private static RoutedRaw route(String key, int partition) {
        MockProcessorContext<byte[], RoutedRaw> context = new MockProcessorContext<>();
        context.setRecordMetadata("articles.raw", partition, 0);
        RawRouteProcessor processor = new RawRouteProcessor(PARTITIONS);
        processor.init(context);
        processor.process(new Record<>(key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), 0L));
        return context.forwarded().get(0).record().value();
    }

    @Test
    void shouldComputeThePartitionExactlyAsTheJavaProducerDoes() {
        for (String id : new String[] {"kim-russia-train", "a", "metro-wire-17", "ü-umlaut"}) {
            byte[] key = id.getBytes(StandardCharsets.UTF_8);
            assertThat(RawRouteProcessor.partitionOf(key, PARTITIONS))
                    .isEqualTo(BuiltInPartitioner.partitionForKey(key, PARTITIONS));
        }
    }

    @Test
    void shouldLeaveARecordWhereItsKeyBelongs() {
        String id = "kim-russia-train";
        int home = RawRouteProcessor.partitionOf(id.getBytes(StandardCharsets.UTF_8), PARTITIONS);
        assertThat(route(id, home).inPlace()).isTrue();
    }

    @Test
    void shouldSendARecordALibrdkafkaPublisherPlacedElsewhereRoundByTheRepartition() {
        // librdkafka's default, consistent_random, is CRC32 of the key
        String id = crc32DisagreesWithMurmur2();
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        int librdkafka = (int) (crc.getValue() % PARTITIONS);
        assertThat(route(id, librdkafka).inPlace()).isFalse();
    }

    @Test
    void shouldSendARecordWithoutAKeyRoundByTheRepartition() {
        assertThat(route(null, 0).inPlace()).isFalse();
    }

    private static String crc32DisagreesWithMurmur2() {
        for (int i = 0; ; i++) {
            String id = "article-" + i;
            byte[] key = id.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(key);
            if (crc.getValue() % PARTITIONS != RawRouteProcessor.partitionOf(key, PARTITIONS)) {
                return id;
            }
        }
    }
}
