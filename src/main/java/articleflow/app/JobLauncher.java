package articleflow.app;

import articleflow.broker.EmbeddedBroker;
import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.ops.ApplicationMetrics;
import articleflow.ops.ClusterCheck;
import articleflow.ops.KafkaClients;
import articleflow.ops.OpsServer;
import articleflow.topics.TopicApplier;
import articleflow.topics.TopicCatalog;
import articleflow.topics.TopicSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts what {@code run} and {@code demo} need, in order: the embedded broker if asked for, a reachable
 * cluster (within seconds, or a clear error), the topics (created on an embedded broker, checked otherwise),
 * then the streaming job. Closing stops them in reverse order.
 */
public final class JobLauncher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobLauncher.class);
    private static final Duration CLUSTER_TIMEOUT = Duration.ofSeconds(15);

    /** How long a job on the embedded broker gets to stop; a cluster's job gets {@link StreamingJob#CLOSE_TIMEOUT}. */
    static final Duration EMBEDDED_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private EmbeddedBroker broker;
    private StreamingJob job;
    private ArticleflowConfig config;
    private boolean closed;
    private volatile boolean closedByShutdownHook;
    private ApplicationMetrics metrics;
    private OpsServer ops;

    /**
     * The job as {@code run} and {@code demo} start it: counted in Micrometer, and with the operators' HTTP
     * endpoints unless {@code serveHttp} is false.
     */
    public StreamingJob startMonitored(ArticleflowConfig settings, Path embeddedDataDir, boolean cleanState, boolean serveHttp) {
        if (serveHttp) {
            OpsServer.requirePortFree(settings);
        }
        metrics = new ApplicationMetrics(settings.allKafkaMetrics());
        StreamingJob started = start(settings, embeddedDataDir, metrics.events(), cleanState);
        metrics.bind(started.streams());
        if (serveHttp) {
            ops = OpsServer.start(config, started::state, started::healthProblem, metrics);
            System.out.printf("status page on %s (also /health, /ready, /metrics, /lag)%n", ops.uri());
        }
        return started;
    }

    /** The operators' HTTP server, or null when it is not served. */
    public OpsServer ops() {
        return ops;
    }

    /** @param embeddedDataDir where the embedded broker and the job's state live, or null to use the configured cluster */
    public StreamingJob start(ArticleflowConfig settings, Path embeddedDataDir, PipelineEvents events, boolean cleanState) {
        config = settings;
        if (embeddedDataDir != null) {
            broker = EmbeddedBroker.start(embeddedDataDir.resolve("broker"));
            leaveBrokerToThisHook();
            config = config.with(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            if (!config.has(StreamsConfig.STATE_DIR_CONFIG)) {
                config = config.with(StreamsConfig.STATE_DIR_CONFIG, embeddedDataDir.resolve("state").toString());
            }
            // the first line is for another shell or a script: `--bootstrap-server` takes the value as it is
            System.out.printf("bootstrap.servers=%s%n", broker.bootstrapServers());
            System.out.printf("embedded Kafka broker at %s (data in %s, log %s; the port is kept in the data folder)%n",
                    broker.bootstrapServers(), embeddedDataDir.toAbsolutePath(), broker.logFile());
        }
        int brokers = ClusterCheck.brokerCount(config.kafkaProperties(), CLUSTER_TIMEOUT);
        LOG.info("cluster at {} answered with {} broker(s)", config.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG), brokers);
        prepareTopics(embeddedDataDir != null);
        if (embeddedDataDir != null) {
            // a single broker cannot host replicated internal topics
            config = config.with(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        }
        job = new StreamingJob(config, events);
        if (cleanState) {
            job.cleanLocalState();
        }
        job.start();
        return job;
    }

    /**
     * The caller closes this launcher in a shutdown hook: the embedded broker's own hook then leaves it the time to
     * close the job before the broker stops.
     */
    public void closedByShutdownHook() {
        closedByShutdownHook = true;
        leaveBrokerToThisHook();
    }

    private void leaveBrokerToThisHook() {
        if (closedByShutdownHook && broker != null) {
            broker.leaveToOwnerOnShutdown(EMBEDDED_CLOSE_TIMEOUT.plusSeconds(5));
        }
    }

    /** Only the embedded broker, for tools that bring their own topics and jobs; returns its bootstrap servers. */
    public String startBrokerOnly(Path dataDir) {
        broker = EmbeddedBroker.start(dataDir.resolve("broker"));
        return broker.bootstrapServers();
    }

    public ArticleflowConfig config() {
        return config;
    }

    public EmbeddedBroker broker() {
        return broker;
    }

    private void prepareTopics(boolean createThem) {
        List<TopicSpec> specs = topicSpecs(config);
        try (Admin admin = KafkaClients.admin(config)) {
            TopicApplier topics = new TopicApplier(admin);
            if (createThem) {
                topics.apply(specs, OptionalInt.of(1));
            }
            topics.requireReadyToRun(specs, config.enrichedTopic());
        }
    }

    /** The bundled topic definitions under the names this configuration uses. */
    public static List<TopicSpec> topicSpecs(ArticleflowConfig config) {
        TopicCatalog catalog = TopicCatalog.bundled();
        return List.of(
                catalog.spec(TopicCatalog.RAW).named(config.rawTopic()),
                catalog.spec(TopicCatalog.ENRICHED).named(config.enrichedTopic()),
                catalog.spec(TopicCatalog.DLQ).named(config.dlqTopic()));
    }

    /** Called by the command and by the shutdown hook on Ctrl-C; only the first call does anything. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (job != null) {
            // with an embedded broker nothing else shares the group, and on Ctrl-C the broker stops at once too
            job.close(broker != null ? EMBEDDED_CLOSE_TIMEOUT : StreamingJob.CLOSE_TIMEOUT);
        }
        if (ops != null) {
            ops.close();
        }
        if (metrics != null) {
            metrics.close();
        }
        if (broker != null) {
            broker.close();
            System.out.println("embedded Kafka broker stopped");
        }
    }
}
