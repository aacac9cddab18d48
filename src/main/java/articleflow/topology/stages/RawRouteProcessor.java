package articleflow.topology.stages;

import articleflow.topology.wire.RoutedRaw;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Decides whether a raw record can be accepted where it is. An article's state lives in the task of the
 * partition Kafka Streams' own partitioner (murmur2 of the key) gives its id, because every later hop keyed by
 * id goes there. A record a publisher put on another partition (librdkafka's CRC32 default, a custom
 * partitioner) or sent without a key goes round by the {@code articles-by-id} repartition instead; a Java
 * publisher's records, already in place, pay nothing.
 */
public final class RawRouteProcessor extends ContextualProcessor<byte[], byte[], byte[], RoutedRaw> {

    private final int rawPartitions;

    /** @param rawPartitions the number of partitions of the raw topic (and so of the by-id repartition) */
    public RawRouteProcessor(int rawPartitions) {
        if (rawPartitions < 1) {
            throw new IllegalArgumentException("rawPartitions must be at least 1: " + rawPartitions);
        }
        this.rawPartitions = rawPartitions;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        int partition = context().recordMetadata().map(meta -> meta.partition()).orElse(-1);
        boolean inPlace = record.key() != null && partition == partitionOf(record.key(), rawPartitions);
        context().forward(record.withValue(new RoutedRaw(record.value(), inPlace)));
    }

    /** The partition the Java producer's default partitioner, and Kafka Streams' repartitions, give a key. */
    public static int partitionOf(byte[] key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key)) % partitions;
    }
}
