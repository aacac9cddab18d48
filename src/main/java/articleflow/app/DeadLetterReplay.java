package articleflow.app;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import articleflow.topology.errors.DeadLetters;
import articleflow.topology.errors.Lineage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends dead letters back to the raw topic once their cause is fixed. A letter goes back with the original key,
 * value and timestamp, and with headers naming the raw record it was, so the job orders it as that record: a
 * replay never rolls an article back past a newer version or a withdrawal. A letter that would be refused again
 * with the current settings is skipped (and counted) unless forced. Progress is the consumer group
 * {@code <application.id>-dlq-replay}; its offset never passes a letter that could not be sent.
 */
public final class DeadLetterReplay {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    /** What one replay did, by reason. {@code failure} names the letter that could not be sent, if one could not. */
    public record Report(Map<String, Integer> sent, Map<String, Integer> stillRefused,
                         Map<String, Integer> notReplayable, String failure) {

        public int sentTotal() {
            return sent.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final ArticleflowConfig config;
    private final ReplayCheck check;

    public DeadLetterReplay(ArticleflowConfig config) {
        this.config = config;
        this.check = new ReplayCheck(config);
    }

    /**
     * @param reason only letters with this reason, or null for all
     * @param dryRun count what would be sent; send nothing, keep no progress
     * @param force  send letters even when they would be refused again
     */
    public Report run(String reason, boolean dryRun, boolean force) throws InterruptedException {
        String group = config.applicationId() + "-dlq-replay";
        Map<String, Integer> sent = new TreeMap<>();
        Map<String, Integer> stillRefused = new TreeMap<>();
        Map<String, Integer> notReplayable = new TreeMap<>();
        Map<TopicPartition, Long> nextToCommit = new HashMap<>();
        String failure = null;
        KafkaProducer<byte[], byte[]> producer = null;
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(config, dryRun ? null : group, false)) {
            producer = KafkaClients.producer(config);
            List<TopicPartition> partitions = consumer.partitionsFor(config.dlqTopic(), Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(config.dlqTopic(), info.partition())).toList();
            consumer.assign(partitions);
            if (dryRun) {
                consumer.seekToBeginning(partitions);
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<TopicPartition> open = new ArrayList<>(partitions);
            open.removeIf(tp -> consumer.position(tp) >= ends.get(tp));
            while (!open.isEmpty() && failure == null) {
                for (ConsumerRecord<byte[], byte[]> letter : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(letter.topic(), letter.partition());
                    if (letter.offset() >= ends.get(tp) || failure != null) {
                        continue;
                    }
                    String why = header(letter, DeadLetters.REASON_HEADER);
                    if (reason != null && !reason.equals(why)) {
                        nextToCommit.put(tp, letter.offset() + 1);
                    } else if (letter.key() == null || letter.value() == null
                            || !"raw".equals(header(letter, DeadLetters.PAYLOAD_HEADER))) {
                        notReplayable.merge(why, 1, Integer::sum);
                        nextToCommit.put(tp, letter.offset() + 1);
                    } else if (!force && check.refusalNow(letter.key(), letter.value(), letter.timestamp()) != null) {
                        stillRefused.merge(why, 1, Integer::sum);
                        nextToCommit.put(tp, letter.offset() + 1);
                    } else {
                        // one at a time, so that the count is exact and progress never passes a letter not sent
                        failure = dryRun ? null : send(producer, letter);
                        if (failure == null) {
                            sent.merge(why, 1, Integer::sum);
                            nextToCommit.put(tp, letter.offset() + 1);
                        }
                    }
                }
                open.removeIf(tp -> consumer.position(tp) >= ends.get(tp));
            }
            if (!dryRun && !nextToCommit.isEmpty()) {
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                nextToCommit.forEach((tp, offset) -> progress.put(tp, new OffsetAndMetadata(offset)));
                consumer.commitSync(progress);
            }
        } finally {
            if (producer != null && failure != null) {
                KafkaClients.closeAfterFailure(producer);
            } else if (producer != null) {
                producer.close();
            }
        }
        return new Report(sent, stillRefused, notReplayable, failure);
    }

    /** Sends one letter back and waits for the broker; returns why it could not be sent, or null. */
    private String send(KafkaProducer<byte[], byte[]> producer, ConsumerRecord<byte[], byte[]> letter)
            throws InterruptedException {
        try {
            producer.send(replayOf(letter)).get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return "could not send the letter at " + letter.topic() + "-" + letter.partition() + "@" + letter.offset()
                    + ": " + e.getCause().getMessage();
        } catch (TimeoutException e) {
            return "the cluster did not take the letter at " + letter.topic() + "-" + letter.partition() + "@"
                    + letter.offset() + " within " + SEND_TIMEOUT.toSeconds() + " s";
        }
    }

    private ProducerRecord<byte[], byte[]> replayOf(ConsumerRecord<byte[], byte[]> letter) {
        RecordHeaders headers = new RecordHeaders();
        String partition = header(letter, DeadLetters.ERRORS_PARTITION);
        String offset = header(letter, DeadLetters.ERRORS_OFFSET);
        if (!partition.isEmpty() && !offset.isEmpty() && config.rawTopic().equals(header(letter, DeadLetters.ERRORS_TOPIC))) {
            headers.add(Lineage.REPLAY_PARTITION, partition.getBytes(StandardCharsets.UTF_8));
            headers.add(Lineage.REPLAY_OFFSET, offset.getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(config.rawTopic(), null, letter.timestamp(), letter.key(), letter.value(), headers);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
