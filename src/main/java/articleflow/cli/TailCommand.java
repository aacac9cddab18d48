package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A console consumer for articleflow's two output topics, with kafka-console-consumer's options where they apply. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        header = "Print articles.enriched (read_committed) or the dead-letter topic, as a consumer sees it.",
        description = "Readable by default; --json prints each value exactly as stored (a withdrawal, a tombstone, as "
                + "null), and --print-key and --print-metadata add what kafka-console-consumer's print.key, "
                + "print.timestamp, print.partition, print.offset and print.headers add, tab-separated before the value. "
                + "Without --group nothing is committed; with --group the group's committed offsets are used and kept.")
final class TailCommand implements Callable<Integer> {

    @Option(names = "--dlq", description = "Print the dead-letter topic instead, with each record's reason.")
    boolean deadLetters;

    @Option(names = "--from-beginning",
            description = "Start at the oldest record rather than new ones only (with --group: when the group has no offsets yet).")
    boolean fromBeginning;

    @Option(names = "--json", description = "Print each value as it is stored, one per line; a tombstone as null.")
    boolean json;

    @Option(names = "--print-key", description = "Print the key before the value, then a tab.")
    boolean printKey;

    @Option(names = "--print-metadata",
            description = "Print CreateTime:<ms>, Partition:<n>, Offset:<n> and Headers:<k:v,…> (NO_HEADERS when none) "
                    + "before the key and value, tab-separated.")
    boolean printMetadata;

    @Option(names = {"--max-messages", "--max"}, paramLabel = "N", description = "Stop after N records.")
    Long max;

    @Option(names = {"--timeout-ms", "--timeout"}, paramLabel = "MS",
            description = "Stop once no record has arrived for this many milliseconds (default: follow until Ctrl-C).")
    Long timeoutMs;

    @Option(names = "--idle-exit", paramLabel = "SECONDS", hidden = true,
            description = "As --timeout-ms, in seconds (the older spelling).")
    Long idleExitSeconds;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "Consume in this consumer group, committing what was printed (default: no group, nothing committed).")
    String group;

    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        requireNotNegative(max, "--max-messages");
        requireNotNegative(timeoutMs, "--timeout-ms");
        requireNotNegative(idleExitSeconds, "--idle-exit");
        if (group != null && group.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--group needs a name");
        }
        ArticleflowConfig settings = config.load();
        KafkaClients.requireReachable(settings);
        if (group != null) {
            settings = settings.with(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        }
        String topic = deadLetters ? settings.dlqTopic() : settings.enrichedTopic();
        PrintStream out = System.out;
        ArticlePrinter printer = new ArticlePrinter(out);
        Duration idleLimit = timeoutMs != null ? Duration.ofMillis(timeoutMs)
                : idleExitSeconds != null ? Duration.ofSeconds(idleExitSeconds) : null;
        long printed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(settings, group, false)) {
            List<TopicPartition> partitions = TopicCheck.partitions(consumer, topic, settings);
            if (group != null) {
                consumer.subscribe(List.of(topic));
            } else {
                consumer.assign(partitions);
                if (fromBeginning) {
                    consumer.seekToBeginning(partitions);
                } else {
                    consumer.seekToEnd(partitions);
                }
            }
            long idleSince = System.nanoTime();
            QuietClusterProbe probe = new QuietClusterProbe(consumer,
                    settings.kafkaProperties().getProperty("bootstrap.servers"), KafkaClients.TOOL_TIMEOUT, System::nanoTime);
            boolean limitReached = max != null && max <= 0;
            while (!limitReached) {
                var records = consumer.poll(Duration.ofMillis(200));
                probe.afterPoll(!records.isEmpty());
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    out.print(prefix(record));
                    if (json) {
                        out.println(record.value() == null ? "null" : new String(record.value(), StandardCharsets.UTF_8));
                    } else if (deadLetters) {
                        printer.deadLetter(record);
                    } else {
                        printer.enriched(record);
                    }
                    printed++;
                    idleSince = System.nanoTime();
                    if (max != null && printed >= max) {
                        // what was printed is committed, and no more: the next record is for the next run
                        if (group != null) {
                            consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                    new OffsetAndMetadata(record.offset() + 1)));
                        }
                        limitReached = true;
                        break;
                    }
                }
                out.flush();
                if (out.checkError()) {
                    // a closed pipe or a full disk: nothing printed from here on would arrive, nor be committed
                    throw new DataError("cannot write to standard output; stopped after " + printed + " records");
                }
                if (group != null && !limitReached && !records.isEmpty()) {
                    consumer.commitAsync();
                }
                if (idleLimit != null && System.nanoTime() - idleSince > idleLimit.toNanos()) {
                    break;
                }
            }
            if (group != null && !limitReached) {
                consumer.commitSync();
            }
        }
        return 0;
    }

    private void requireNotNegative(Long value, String option) {
        if (value != null && value < 0) {
            throw new ParameterException(spec.commandLine(), option + " must be 0 or more: " + value);
        }
    }

    /** What kafka-console-consumer prints before the value with print.timestamp, .partition, .offset, .headers, .key. */
    private String prefix(ConsumerRecord<byte[], byte[]> record) {
        StringBuilder prefix = new StringBuilder();
        if (printMetadata) {
            prefix.append(record.timestampType()).append(':').append(record.timestamp()).append('\t')
                    .append("Partition:").append(record.partition()).append('\t')
                    .append("Offset:").append(record.offset()).append('\t')
                    .append("Headers:").append(headers(record)).append('\t');
        }
        if (printKey) {
            prefix.append(record.key() == null ? "null" : shown(new String(record.key(), StandardCharsets.UTF_8))).append('\t');
        }
        return prefix.toString();
    }

    private String headers(ConsumerRecord<byte[], byte[]> record) {
        StringJoiner joined = new StringJoiner(",");
        for (Header header : record.headers()) {
            joined.add(shown(header.key()) + ":" + (header.value() == null ? "null"
                    : shown(new String(header.value(), StandardCharsets.UTF_8))));
        }
        return joined.length() == 0 ? "NO_HEADERS" : joined.toString();
    }

    /**
     * A key or header as printed before the value: with --json, one line as kafka-console-consumer would print it;
     * readable, escaped as the rest of the record is, so no control character reaches the terminal.
     */
    private String shown(String text) {
        return json ? oneLine(text) : ReadableText.escaped(text);
    }

    /** A header may hold a stack trace: one record stays one line. */
    private static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
