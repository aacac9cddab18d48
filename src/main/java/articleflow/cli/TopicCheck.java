package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * A topic a tool needs is on the cluster, said at once: a consumer's metadata answers "no such topic" with no
 * partitions, where a producer would wait max.block.ms for the topic to appear and then blame the cluster.
 */
final class TopicCheck {

    private TopicCheck() {
    }

    /** The topic's partitions; a topic the cluster does not have is one line naming it and the cluster. */
    static List<TopicPartition> partitions(Consumer<?, ?> consumer, String topic, ArticleflowConfig settings) {
        List<PartitionInfo> found = consumer.partitionsFor(topic);
        if (found == null || found.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " not found on the cluster at "
                    + settings.kafkaProperties().getProperty("bootstrap.servers")
                    + " (create it with `articleflow topics apply`)");
        }
        return found.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    /** As {@link #partitions}, for a tool that only writes: a consumer without a group asks, then goes. */
    static void requireExists(ArticleflowConfig settings, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(settings, null, false)) {
            partitions(consumer, topic, settings);
        }
    }
}
