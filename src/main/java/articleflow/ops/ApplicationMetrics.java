package articleflow.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Every figure the running application exports, in one Prometheus registry: the JVM's, Kafka Streams' own
 * (records-lag, process rate, commit latency, end-to-end latency, state stores — through Micrometer's binder),
 * and articleflow's pipeline events.
 */
public final class ApplicationMetrics implements AutoCloseable {

    public static final String STATE = "articleflow.streams.state";
    private static final Duration DEFAULT_KAFKA_REFRESH = Duration.ofSeconds(10);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MicrometerPipelineEvents events;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final Duration kafkaRefresh;
    private final ScheduledExecutorService kafkaRefresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "articleflow-kafka-metrics");
        thread.setDaemon(true);
        return thread;
    });
    private KafkaStreams streams;

    /**
     * Kafka metrics /metrics keeps by default (Micrometer's names, by prefix): what the dashboard, the alerts and
     * monitoring/README.md use. Every store, task, topic and network metric of every client, at Kafka's default
     * recording level INFO, made a scrape of an idle single instance 1.2 MB.
     */
    static final List<String> ESSENTIAL_KAFKA_METRICS = List.of(
            "kafka.stream.thread.",
            "kafka.stream.alive.stream.threads",
            "kafka.stream.failed.stream.threads",
            "kafka.stream.client.state",
            "kafka.stream.task.dropped.records",
            "kafka.stream.state.estimate.num.keys",
            "kafka.stream.state.total.sst.files.size",
            "kafka.consumer.fetch.manager.records.lag",
            "kafka.producer.record.error",
            "kafka.producer.record.send");

    /** End-to-end latency is kept where a record enters and where it leaves the pipeline, not at every repartition. */
    static final List<String> E2E_LATENCY_NODES = List.of("read.raw", "write.enriched");

    public ApplicationMetrics() {
        this(DEFAULT_KAFKA_REFRESH, false);
    }

    /** @param allKafkaMetrics every Kafka metric on /metrics, not only {@link #ESSENTIAL_KAFKA_METRICS} */
    public ApplicationMetrics(boolean allKafkaMetrics) {
        this(DEFAULT_KAFKA_REFRESH, allKafkaMetrics);
    }

    /** @param kafkaRefresh how often new Kafka metrics (a partition's lag once it is assigned) are picked up */
    public ApplicationMetrics(Duration kafkaRefresh) {
        this(kafkaRefresh, false);
    }

    private ApplicationMetrics(Duration kafkaRefresh, boolean allKafkaMetrics) {
        this.kafkaRefresh = kafkaRefresh;
        // a filter applies only to meters registered after it: before any other
        if (!allKafkaMetrics) {
            registry.config().meterFilter(MeterFilter.denyUnless(ApplicationMetrics::isEssential));
        }
        this.events = new MicrometerPipelineEvents(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        closeables.add(gc);
        for (MeterBinder binder : List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics())) {
            binder.bindTo(registry);
        }
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public MicrometerPipelineEvents events() {
        return events;
    }

    /**
     * Exports the application's Kafka Streams metrics, its clients' included, until {@link #close()}, and its
     * state as a state set: {@code articleflow_streams_state{state="RUNNING"} 1}, every other state 0.
     */
    public synchronized void bind(KafkaStreams kafkaStreams) {
        if (streams == null) {
            for (KafkaStreams.State state : KafkaStreams.State.values()) {
                Gauge.builder(STATE, this, metrics -> metrics.isIn(state) ? 1 : 0)
                        .description("The Kafka Streams state of the application: 1 for the current state")
                        .tag("state", state.name()).register(registry);
            }
        }
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(kafkaStreams, List.of(), kafkaRefresher, kafkaRefresh);
        binder.bindTo(registry);
        closeables.add(binder);
        streams = kafkaStreams;
    }

    /** Whether a meter is kept on /metrics by default: every one of ours and the JVM's, and the essential Kafka ones. */
    static boolean isEssential(Meter.Id id) {
        String name = id.getName();
        if (!name.startsWith("kafka.")) {
            return true;
        }
        if (name.startsWith("kafka.stream.processor.node.record.e2e.latency")) {
            String node = id.getTag("processor-node-id");
            return E2E_LATENCY_NODES.contains(node != null ? node : id.getTag("processor.node.id"));
        }
        return ESSENTIAL_KAFKA_METRICS.stream().anyMatch(name::startsWith);
    }

    private synchronized boolean isIn(KafkaStreams.State state) {
        return streams != null && streams.state() == state;
    }

    /**
     * Records per second the application reads from one topic, as its consumers measure it (Kafka's
     * {@code records-consumed-rate} per topic), summed over its stream threads; 0 before it reads.
     */
    public double consumedPerSecond(String topic) {
        KafkaStreams current;
        synchronized (this) {
            current = streams;
        }
        if (current == null) {
            return 0;
        }
        // consumers report the topic under its own name and, for older dashboards, with dots as underscores
        Map<String, Double> byClient = new HashMap<>();
        for (Map.Entry<MetricName, ? extends Metric> entry : current.metrics().entrySet()) {
            MetricName name = entry.getKey();
            String tagged = name.tags().get("topic");
            if (name.group().equals("consumer-fetch-manager-metrics") && name.name().equals("records-consumed-rate")
                    && (topic.equals(tagged) || topic.replace('.', '_').equals(tagged))
                    && entry.getValue().metricValue() instanceof Double rate && !rate.isNaN()) {
                byClient.merge(name.tags().getOrDefault("client-id", ""), rate, Math::max);
            }
        }
        return byClient.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing metrics binders never matters more than the rest of the shutdown
            }
        }
        closeables.clear();
        kafkaRefresher.shutdownNow();
        registry.close();
    }
}
