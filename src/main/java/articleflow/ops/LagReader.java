package articleflow.ops;

import articleflow.config.ArticleflowConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A consumer group's lag per partition, as {@code kafka-consumer-groups --describe} shows it, plus how old the
 * oldest unprocessed record is. A partition whose only offsets left are exactly-once transaction markers
 * (which no consumer ever receives) reports 0, not a phantom 1.
 */
public final class LagReader {

    /** Up to this many offsets behind, the reader looks whether any real record is left or only markers. */
    private static final long MARKER_PROBE_LIMIT = 16;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    /** @param committed null when the group has not committed on this partition yet (it will start from the beginning) */
    public record PartitionLag(String topic, int partition, Long committed, long end, long lag, Instant oldestUnprocessed) {
    }

    public record GroupLag(String group, List<PartitionLag> partitions) {
        public long total() {
            return partitions.stream().mapToLong(PartitionLag::lag).sum();
        }

        /** Age of the oldest record not yet processed, over all partitions; zero when caught up. */
        public Duration timeLag(Instant now) {
            return partitions.stream().map(PartitionLag::oldestUnprocessed).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).map(oldest -> Duration.between(oldest, now))
                    .filter(age -> !age.isNegative()).orElse(Duration.ZERO);
        }

        /** The sum of committed offsets on one topic: how far the group has read it. */
        public long committedOn(String topic) {
            return partitions.stream().filter(p -> p.topic().equals(topic) && p.committed() != null)
                    .mapToLong(PartitionLag::committed).sum();
        }
    }

    private final Admin admin;
    private final Properties consumerProps;

    /** @param consumerProps connection and security settings for the probe consumer */
    public LagReader(Admin admin, Properties consumerProps) {
        this.admin = admin;
        this.consumerProps = consumerProps;
    }

    /**
     * What operators of articleflow look at: with no group (or the application's own), every input partition of
     * the application (articles.raw, also before its first commit, and the internal repartition topics); for any
     * other group, its lag on the partitions of the enriched topic it has committed on (as kafka-consumer-groups
     * shows a group), so downstream consumers can be watched too.
     */
    public GroupLag readFor(ArticleflowConfig config, String group) {
        if (group == null || group.isBlank() || group.equals(config.applicationId())) {
            return read(config.applicationId(), null, List.of(config.rawTopic()));
        }
        return read(group, List.of(config.enrichedTopic()), List.of());
    }

    /** Lag of the group on every partition it has committed offsets for, limited to the given topics if any. */
    public GroupLag read(String group, Collection<String> onlyTopics) {
        return read(group, onlyTopics, onlyTopics == null ? List.of() : onlyTopics);
    }

    /**
     * @param onlyTopics   the topics to report, or null for every topic the group committed on
     * @param everyPartitionOf topics whose every partition is reported, committed on or not
     */
    public GroupLag read(String group, Collection<String> onlyTopics, Collection<String> everyPartitionOf) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Set<TopicPartition> partitions = new HashSet<>();
            committed.forEach((tp, meta) -> {
                if (meta != null && (onlyTopics == null || onlyTopics.contains(tp.topic()))) {
                    partitions.add(tp);
                }
            });
            if (!everyPartitionOf.isEmpty()) {
                admin.describeTopics(everyPartitionOf).allTopicNames().get().forEach((topic, description) ->
                        description.partitions().forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = latest.isEmpty() ? Map.of()
                    : admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();

            List<TopicPartition> sorted = new ArrayList<>(partitions);
            sorted.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
            Map<TopicPartition, Long> behind = new HashMap<>();
            for (TopicPartition tp : sorted) {
                long position = position(committed.get(tp));
                if (ends.get(tp).offset() > position) {
                    behind.put(tp, position);
                }
            }
            Map<TopicPartition, Probe> probes = probe(behind, ends);
            List<PartitionLag> lags = new ArrayList<>();
            for (TopicPartition tp : sorted) {
                OffsetAndMetadata meta = committed.get(tp);
                Long position = meta == null ? null : meta.offset();
                long end = ends.get(tp).offset();
                long lag = Math.max(0, end - position(meta));
                Probe probe = probes.get(tp);
                Instant oldest = null;
                if (probe != null) {
                    lag = probe.onlyMarkersLeft ? 0 : lag;
                    oldest = probe.oldest;
                }
                lags.add(new PartitionLag(tp.topic(), tp.partition(), position, end, lag, oldest));
            }
            return new GroupLag(group, lags);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of group " + group + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long position(OffsetAndMetadata meta) {
        return meta == null ? 0 : meta.offset();
    }

    private record Probe(boolean onlyMarkersLeft, Instant oldest) {
    }

    /**
     * Reads the first unprocessed record of every partition that is behind, with one consumer: its timestamp is
     * the time lag; reaching the end without a record means only transaction markers were left.
     */
    private Map<TopicPartition, Probe> probe(Map<TopicPartition, Long> from, Map<TopicPartition, ListOffsetsResultInfo> ends) {
        Map<TopicPartition, Probe> found = new HashMap<>();
        if (from.isEmpty()) {
            return found;
        }
        Properties props = new Properties();
        props.putAll(consumerProps);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.max(1, from.size()));
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1);
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> open = new ArrayList<>(from.keySet());
            consumer.assign(open);
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (open.remove(tp)) {
                        found.put(tp, new Probe(false, Instant.ofEpochMilli(record.timestamp())));
                        consumer.pause(List.of(tp));
                    }
                }
                for (TopicPartition tp : List.copyOf(open)) {
                    boolean fewLeft = ends.get(tp).offset() - from.get(tp) <= MARKER_PROBE_LIMIT;
                    if (fewLeft && consumer.position(tp) >= ends.get(tp).offset()) {
                        open.remove(tp);
                        found.put(tp, new Probe(true, null));
                    }
                }
            }
            return found;
        }
    }
}
