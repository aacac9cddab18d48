package articleflow.app;

import articleflow.ops.KafkaClients;
import articleflow.config.ArticleflowConfig;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * Everything on one topic as a downstream reader sees it: a {@code read_committed} consumer from the first
 * offset of every partition, no group, keeping every record it has read in the order read.
 */
public final class OutputLog implements AutoCloseable {

    private final String topic;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();

    OutputLog(ArticleflowConfig config, String topic) {
        this.topic = topic;
        this.consumer = KafkaClients.consumer(config, null);
        this.partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    public String topic() {
        return topic;
    }

    /** Every record read so far, in the order read (per partition, the order of the log). */
    public List<ConsumerRecord<byte[], byte[]>> records() {
        return List.copyOf(records);
    }

    void poll(Duration timeout) {
        consumer.poll(timeout).forEach(records::add);
    }

    /** Reads until the consumer stands at the committed end of every partition; false if that took too long. */
    public boolean readToEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            if (partitions.stream().allMatch(tp -> consumer.position(tp, Duration.ofSeconds(10)) >= ends.get(tp))) {
                return true;
            }
            poll(Duration.ofMillis(100));
        }
        return false;
    }

    /** Polls until {@code done} holds for the records read so far; fails the test when it does not in time. */
    public void awaitRecords(Predicate<List<ConsumerRecord<byte[], byte[]>>> done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(records)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " on " + topic + " within " + timeout + "; read "
                        + records.size() + " records");
            }
            poll(Duration.ofMillis(100));
        }
    }

    /** The enriched records read so far, per id in the order read; null stands for a tombstone. */
    public Map<String, List<EnrichedArticle>> revisionsById() {
        Map<String, List<EnrichedArticle>> byId = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            EnrichedArticle article = record.value() == null ? null : ArticleJson.fromBytes(record.value(), EnrichedArticle.class);
            byId.computeIfAbsent(key(record), id -> new ArrayList<>()).add(article);
        }
        return byId;
    }

    /** The latest value per id, as a consumer that compacts the topic in memory keeps it (tombstones included). */
    public Map<String, EnrichedArticle> latestById() {
        Map<String, EnrichedArticle> latest = new LinkedHashMap<>();
        revisionsById().forEach((id, revisions) -> latest.put(id, revisions.get(revisions.size() - 1)));
        return latest;
    }

    public static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
