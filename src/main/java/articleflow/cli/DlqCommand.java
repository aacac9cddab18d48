package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import articleflow.topology.errors.DeadLetters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dlq", mixinStandardHelpOptions = true, description = "Work with the dead-letter topic.", subcommands = DlqCommand.Replay.class)
final class DlqCommand {

    @Command(name = "replay", description = {
            "Send dead letters back to articles.raw, once the cause is fixed, with their original key and value.",
            "Progress is kept in the consumer group <application.id>-dlq-replay, so each letter is replayed once."})
    static final class Replay implements Callable<Integer> {

        @Option(names = "--reason", paramLabel = "R", description = "Only letters with this reason (e.g. bad_timestamp).")
        String reason;

        @Option(names = "--dry-run", description = "Count what would be replayed; send nothing and keep no progress.")
        boolean dryRun;

        @Mixin
        ConfigOptions config;

        @Override
        public Integer call() throws Exception {
            ArticleflowConfig settings = config.load();
            String group = settings.applicationId() + "-dlq-replay";
            Map<String, Integer> replayed = new TreeMap<>();
            Map<String, Integer> skipped = new TreeMap<>();
            try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(settings, dryRun ? null : group);
                 KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(settings)) {
                List<TopicPartition> partitions = consumer.partitionsFor(settings.dlqTopic()).stream()
                        .map(info -> new TopicPartition(settings.dlqTopic(), info.partition())).toList();
                consumer.assign(partitions);
                if (dryRun) {
                    consumer.seekToBeginning(partitions);
                }
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                    for (ConsumerRecord<byte[], byte[]> letter : consumer.poll(Duration.ofMillis(500))) {
                        String why = ArticlePrinter.header(letter, DeadLetters.REASON_HEADER);
                        if (reason != null && !reason.equals(why)) {
                            continue;
                        }
                        if (letter.key() == null || "internal".equals(ArticlePrinter.header(letter, DeadLetters.PAYLOAD_HEADER))) {
                            skipped.merge(why, 1, Integer::sum);
                            continue;
                        }
                        if (!dryRun) {
                            producer.send(new ProducerRecord<>(settings.rawTopic(), letter.key(), letter.value()));
                        }
                        replayed.merge(why, 1, Integer::sum);
                    }
                }
                producer.flush();
                if (!dryRun) {
                    consumer.commitSync();
                }
            }
            System.out.printf("%s %d dead letters to %s %s%n", dryRun ? "would replay" : "replayed",
                    replayed.values().stream().mapToInt(Integer::intValue).sum(), settings.rawTopic(), replayed);
            if (!skipped.isEmpty()) {
                System.out.printf("skipped %d that carry no key or only articleflow's internal message "
                        + "(replay those from %s by the offset in their headers): %s%n",
                        skipped.values().stream().mapToInt(Integer::intValue).sum(), settings.rawTopic(), skipped);
            }
            return 0;
        }
    }
}
