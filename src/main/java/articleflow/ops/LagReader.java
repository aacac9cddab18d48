package articleflow.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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

    public record PartitionLag(String topic, int partition, Long committed, long end, long lag, Instant oldestUnprocessed) {
    }

    public record GroupLag(String group, List<PartitionLag> partitions) {
        public long total() {
            return partitions.stream().mapToLong(PartitionLag::lag).sum();
        }

        /** Age of the oldest record not yet processed, over all partitions; zero when caught up. */
        public Duration timeLag(Instant now) {
            return partitions.stream().map(PartitionLag::oldestUnprocessed).filter(java.util.Objects::nonNull)
                    .min(Comparator.naturalOrder()).map(oldest -> Duration.between(oldest, now)).orElse(Duration.ZERO);
        }
    }

    private final Admin admin;
    private final Properties consumerProps;

    /** @param consumerProps connection and security settings for the probe consumer */
    public LagReader(Admin admin, Properties consumerProps) {
        this.admin = admin;
        this.consumerProps = consumerProps;
    }

    /** Lag of the group on every partition it has committed offsets for, limited to the given topics if any. */
    public GroupLag read(String group, Collection<String> onlyTopics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = committed.keySet().stream()
                    .filter(tp -> onlyTopics == null || onlyTopics.isEmpty() || onlyTopics.contains(tp.topic()))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (onlyTopics != null) {
                for (String topic : onlyTopics) {
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                            .forEach(info -> {
                                TopicPartition tp = new TopicPartition(topic, info.partition());
                                if (!partitions.contains(tp)) {
                                    partitions.add(tp);
                                }
                            });
                }
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest,
                    new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
            List<PartitionLag> lags = new ArrayList<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata meta = committed.get(tp);
                Long position = meta == null ? null : meta.offset();
                long end = ends.get(tp).offset();
                long lag = Math.max(0, end - (position == null ? 0 : position));
                Instant oldest = null;
                if (lag > 0) {
                    Probe probe = probe(tp, position == null ? 0 : position, lag <= MARKER_PROBE_LIMIT);
                    lag = probe.onlyMarkersLeft ? 0 : lag;
                    oldest = probe.onlyMarkersLeft ? null : probe.oldest;
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

    private record Probe(boolean onlyMarkersLeft, Instant oldest) {
    }

    /** Reads the first unprocessed record: its timestamp is the time lag; none at all means only markers are left. */
    private Probe probe(TopicPartition tp, long from, boolean mayBeMarkersOnly) {
        Properties props = new Properties();
        props.putAll(consumerProps);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(tp));
            consumer.seek(tp, from);
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> record : records.records(tp)) {
                    return new Probe(false, Instant.ofEpochMilli(record.timestamp()));
                }
                if (mayBeMarkersOnly && consumer.position(tp) >= consumer.endOffsets(List.of(tp)).get(tp)) {
                    return new Probe(true, null);
                }
            }
            return new Probe(false, null);
        }
    }
}
