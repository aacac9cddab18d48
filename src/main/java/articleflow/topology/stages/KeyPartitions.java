package articleflow.topology.stages;

import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition a string key lands on in a topic of a given number of partitions, as Kafka's default partitioner and
 * Kafka Streams' default stream partitioner place it: murmur2 of the key's UTF-8 bytes.
 */
public final class KeyPartitions {

    private KeyPartitions() {
    }

    public static ToIntFunction<String> of(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        return key -> Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
