package articleflow.app.bench;

import articleflow.app.FeedGenerator;
import articleflow.app.TemporaryFolder;
import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;

/**
 * End-to-end latency of the pipeline at a constant offered load. The producer is open loop: record i is due at
 * start + i / rate whether or not the earlier ones went out on time, and its latency counts from when it was due,
 * so a stall shows in the figures instead of slowing the load down. A read_committed consumer of the output notes
 * when the first revision of each article becomes visible.
 */
final class LatencyProbe {

    /** Sends before the measured ones, at the same rate, for the application to start up (see {@link LatencyResult}). */
    static final int LEAD_IN_SECONDS = 5;

    private static final Duration WAIT_FOR_LAST = Duration.ofSeconds(60);

    private final StreamingBench bench;
    private final double recordsPerSecond;

    LatencyProbe(StreamingBench bench, double recordsPerSecond) {
        this.bench = bench;
        this.recordsPerSecond = recordsPerSecond;
    }

    LatencyResult measure(List<FeedGenerator.Record> feed, int articles) throws Exception {
        String run = "latency-" + System.nanoTime();
        ArticleflowConfig settings = bench.settingsOf(run);
        Map<String, Long> due = new ConcurrentHashMap<>();
        Map<String, Long> latencyNanos = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        try (Admin admin = KafkaClients.admin(settings)) {
            bench.createTopics(admin, settings);
            try (TemporaryFolder state = TemporaryFolder.create("articleflow-bench-");
                 KafkaStreams streams = StreamingBench.streams(settings, bench::articleflow, state.path())) {
                streams.start();
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (streams.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread watcher = new Thread(() -> watch(settings, due, latencyNanos, stop), "bench-latency-consumer");
                watcher.start();
                long started = System.nanoTime();
                double period = 1e9 / recordsPerSecond;
                try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(settings)) {
                    for (int i = 0; i < feed.size(); i++) {
                        long at = started + (long) (i * period);
                        long wait = at - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        FeedGenerator.Record record = feed.get(i);
                        due.putIfAbsent(record.id(), at);
                        producer.send(new ProducerRecord<>(settings.rawTopic(), record.key(), record.value()));
                    }
                    producer.flush();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                long waitUntil = System.nanoTime() + WAIT_FOR_LAST.toNanos();
                while (latencyNanos.size() < articles && System.nanoTime() < waitUntil) {
                    Thread.sleep(100);
                }
                stop.set(true);
                watcher.join();
                streams.close(Duration.ofSeconds(30));
                streams.cleanUp();
                return result(recordsPerSecond, due, latencyNanos, started + LEAD_IN_SECONDS * 1_000_000_000L, seconds);
            } finally {
                stop.set(true);
                StreamingBench.deleteTopicsOf(admin, run);
            }
        }
    }

    /**
     * The figures of the articles due at or after {@code measuredFromNanos}, and the p99 of those due before.
     *
     * @param due          each article's scheduled send time
     * @param latencyNanos each seen article's latency
     */
    static LatencyResult result(double recordsPerSecond, Map<String, Long> due, Map<String, Long> latencyNanos,
                                long measuredFromNanos, double seconds) {
        int measured = 0;
        int leadIn = 0;
        List<Long> measuredLatencies = new ArrayList<>();
        List<Long> leadInLatencies = new ArrayList<>();
        for (Map.Entry<String, Long> article : due.entrySet()) {
            boolean inLeadIn = article.getValue() < measuredFromNanos;
            Long latency = latencyNanos.get(article.getKey());
            if (inLeadIn) {
                leadIn++;
            } else {
                measured++;
            }
            if (latency != null) {
                (inLeadIn ? leadInLatencies : measuredLatencies).add(latency);
            }
        }
        long[] sorted = measuredLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sortedLeadIn = leadInLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new LatencyResult(recordsPerSecond, (measured + leadIn) / seconds, seconds, measured, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, leadIn,
                percentile(sortedLeadIn, 0.99));
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    private static void watch(ArticleflowConfig settings, Map<String, Long> due, Map<String, Long> latencyNanos,
                              AtomicBoolean stop) {
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(settings, null)) {
            String topic = settings.enrichedTopic();
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!stop.get()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long seen = System.nanoTime();
                    if (record.key() == null) {
                        continue;
                    }
                    String id = new String(record.key(), StandardCharsets.UTF_8);
                    Long sent = due.get(id);
                    if (sent != null) {
                        latencyNanos.putIfAbsent(id, seen - sent);
                    }
                }
            }
        }
    }
}
