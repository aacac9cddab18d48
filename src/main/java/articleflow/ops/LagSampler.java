package articleflow.ops;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.LagReader.GroupLag;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the application group's lag every few seconds in the background: for the status page's chart, and
 * as the gauges lag exporters give ({@code articleflow_consumer_group_lag{group,topic,partition}} from
 * committed offsets, {@code articleflow_consumer_group_lag_seconds{group}} from the oldest unprocessed record).
 */
public final class LagSampler implements AutoCloseable {

    public static final String LAG = "articleflow.consumer.group.lag";
    public static final String LAG_SECONDS = "articleflow.consumer.group.lag.seconds";
    private static final Logger LOG = LoggerFactory.getLogger(LagSampler.class);

    private final LagReader reader;
    private final ArticleflowConfig config;
    private final Clock clock;
    private final LagHistory history;
    private final MultiGauge partitionLag;
    private final Duration every;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "articleflow-lag-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private volatile GroupLag latest;
    private volatile double timeLagSeconds;

    /** @param keep how many samples the history holds: {@code every × keep} is the span of the chart */
    public LagSampler(LagReader reader, ArticleflowConfig config, MeterRegistry registry, Duration every, int keep) {
        this.reader = reader;
        this.config = config;
        this.clock = Clock.systemUTC();
        this.every = every;
        this.history = new LagHistory(keep);
        this.partitionLag = MultiGauge.builder(LAG)
                .description("Committed-offset lag of the consumer group, per partition (as kafka-consumer-groups shows it)")
                .register(registry);
        Gauge.builder(LAG_SECONDS, this, sampler -> sampler.timeLagSeconds)
                .description("Age of the oldest record the group has not processed yet; 0 when caught up")
                .tag("group", config.applicationId()).register(registry);
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::sampleQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the lag now and records it. */
    public GroupLag sample() {
        GroupLag lag = reader.readFor(config, null);
        Instant now = clock.instant();
        latest = lag;
        timeLagSeconds = lag.timeLag(now).toMillis() / 1000.0;
        history.add(new LagHistory.Sample(now, lag.total()));
        partitionLag.register(lag.partitions().stream()
                .map(p -> MultiGauge.Row.of(Tags.of("group", lag.group(), "topic", p.topic(),
                        "partition", String.valueOf(p.partition())), p.lag()))
                .toList(), true);
        return lag;
    }

    private void sampleQuietly() {
        try {
            sample();
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                // stopped while a sample was being read: shutting down, nothing an operator need hear about
                return;
            }
            LOG.warn("cannot read the lag of {}: {}", config.applicationId(), e.getMessage());
        }
    }

    /** The last sample, or null before the first. */
    public GroupLag latest() {
        return latest;
    }

    public LagHistory history() {
        return history;
    }

    public Duration every() {
        return every;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
