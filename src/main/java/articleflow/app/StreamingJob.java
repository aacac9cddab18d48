package articleflow.app;

import articleflow.config.ArticleflowConfig;
import articleflow.events.LogSafe;
import articleflow.events.PipelineEvents;
import articleflow.topology.ArticleflowTopology;
import articleflow.topology.StreamsSettings;
import articleflow.topology.errors.DeadLetters;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running application: the topology on a cluster, with dead stream threads replaced (so a broker outage
 * ends in RUNNING again by itself) and a clean close. One line when it starts, one when it stops.
 */
public final class StreamingJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingJob.class);
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    /** How long a thread's repeated death on one cause keeps health down after it last happened. */
    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);

    private final ArticleflowConfig config;
    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final FailureWatch failures = new FailureWatch(FAILURE_WINDOW, Clock.systemUTC());
    private volatile boolean closed;

    /** Checks the cluster first ({@link StartChecks}): the raw topic's partitions and room for every record. */
    public StreamingJob(ArticleflowConfig config, PipelineEvents events) {
        this.config = config;
        int rawPartitions = StartChecks.check(config);
        Properties props = StreamsSettings.of(config);
        // the dead-letter handlers, which Kafka creates by class name, count on the same events
        props.put(DeadLetters.EVENTS_CONFIG, events);
        if (config.staticMembership() && !config.has(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)) {
            props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, InstanceId.of(props));
        }
        Topology topology = ArticleflowTopology.build(config, events, rawPartitions);
        this.streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(exception -> {
            if (failures.died(exception)) {
                LOG.error("a stream thread died again of the same cause; replacing it, health is down: {}",
                        failures.problem(), LogSafe.exception(exception));
            } else {
                LOG.error("a stream thread died; replacing it", LogSafe.exception(exception));
            }
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
    }

    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Why the job is not healthy although Kafka Streams is running (a thread looping on one failure), or null. */
    public String healthProblem() {
        return failures.problem();
    }

    public ArticleflowConfig config() {
        return config;
    }

    /** Wipes this instance's local state first; after {@code reprocess}, so stores rebuild from their changelogs. */
    public void cleanLocalState() {
        streams.cleanUp();
    }

    public void start() {
        streams.start();
        LOG.info("articleflow started: application.id={} reading {} writing {} (dead letters to {}) on {}",
                config.applicationId(), config.rawTopic(), config.enrichedTopic(), config.dlqTopic(),
                config.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
    }

    /** Waits until the application is RUNNING; false if it did not get there in time. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (!state.isRunningOrRebalancing() && state != KafkaStreams.State.CREATED) {
                return false;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Blocks until the application stops (closed, or failed for good). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        close(CLOSE_TIMEOUT);
    }

    /**
     * Stops the job, waiting at most {@code timeout} for the stream threads: a thread in the middle of a rebalance
     * finishes it first, which never happens once the broker is gone (an embedded one stops with the same Ctrl-C).
     */
    public synchronized void close(Duration timeout) {
        if (closed) {
            return;
        }
        closed = true;
        // leave the group: the partitions move to the other instances now, not after the session times out
        boolean clean = streams.close(CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        stopped.countDown();
        LOG.info("articleflow stopped{}", clean ? "" : " (close timed out after " + timeout.toSeconds() + " s)");
    }
}
