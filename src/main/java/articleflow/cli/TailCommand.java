package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "tail", mixinStandardHelpOptions = true, description = "Print articles.enriched (read_committed) or the dead-letter topic, as a consumer sees it.")
final class TailCommand implements Callable<Integer> {

    @Option(names = "--dlq", description = "Print the dead-letter topic instead, with each record's reason.")
    boolean deadLetters;

    @Option(names = "--from-beginning", description = "Start at the oldest record rather than new ones only.")
    boolean fromBeginning;

    @Option(names = "--json", description = "Print the JSON values as they are, one per line.")
    boolean json;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Long max;

    @Option(names = "--idle-exit", paramLabel = "SECONDS",
            description = "Stop once nothing new has arrived for this long (default: follow until Ctrl-C).")
    Long idleExitSeconds;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        ArticleflowConfig settings = config.load();
        KafkaClients.requireReachable(settings);
        String topic = deadLetters ? settings.dlqTopic() : settings.enrichedTopic();
        ArticlePrinter printer = new ArticlePrinter(System.out, json);
        long printed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(settings, null)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " not found on the cluster at "
                        + settings.kafkaProperties().getProperty("bootstrap.servers")
                        + " (create it with `articleflow topics apply`)");
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            long idleSince = System.nanoTime();
            while (max == null || printed < max) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (deadLetters) {
                        printer.deadLetter(record);
                    } else {
                        printer.enriched(record);
                    }
                    printed++;
                    idleSince = System.nanoTime();
                    if (max != null && printed >= max) {
                        break;
                    }
                }
                if (idleExitSeconds != null && System.nanoTime() - idleSince > Duration.ofSeconds(idleExitSeconds).toNanos()) {
                    break;
                }
            }
        }
        return 0;
    }

}
