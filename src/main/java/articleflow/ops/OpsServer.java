package articleflow.ops;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.LagReader.GroupLag;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What operators open on a running articleflow: {@code /health}, {@code /ready}, {@code /metrics},
 * {@code /lag} and the status page {@code /}, on the JDK's own HTTP server, bound to
 * {@code articleflow.http.host}:{@code articleflow.http.port} (port 0: any free port).
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    static final Duration SAMPLE_EVERY = Duration.ofSeconds(5);
    /** Ten minutes of samples for the status page's chart. */
    static final int SAMPLES_KEPT = 120;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Admin admin;
    private final LagSampler sampler;

    private OpsServer(HttpServer server, ExecutorService executor, Admin admin, LagSampler sampler) {
        this.server = server;
        this.executor = executor;
        this.admin = admin;
        this.sampler = sampler;
    }

    /**
     * @param state   the application's current state (a supplier, so the figures follow a restarted job)
     * @param metrics the registry {@code /metrics} exports, with the application's streams bound to it
     */
    public static OpsServer start(ArticleflowConfig config, Supplier<State> state, ApplicationMetrics metrics) {
        return start(config, state, () -> null, metrics);
    }

    /**
     * Fails as {@link #start} would when the port is taken, before the job starts: a job that joined its group and
     * then stopped over its HTTP port would have moved every partition twice for nothing. (A port taken in the
     * seconds between this check and {@link #start} is still refused there.)
     */
    public static void requirePortFree(ArticleflowConfig config) {
        if (config.httpPort() == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(config.httpHost(), config.httpPort()));
        } catch (IOException e) {
            throw cannotServe(config, e);
        }
    }

    private static IllegalStateException cannotServe(ArticleflowConfig config, IOException e) {
        return new IllegalStateException("cannot serve HTTP on " + config.httpHost() + ":" + config.httpPort()
                + " (" + e.getMessage() + "; " + remedy(config, e) + ", or --no-http)", e);
    }

    /** A port in use calls for another port; a host that does not resolve, or is not this machine's, for another host. */
    static String remedy(ArticleflowConfig config, IOException e) {
        boolean portTaken = e instanceof java.net.BindException && String.valueOf(e.getMessage()).contains("in use");
        boolean hostUnusable = new InetSocketAddress(config.httpHost(), 0).isUnresolved()
                || (e instanceof java.net.BindException && !portTaken);
        return hostUnusable ? "set articleflow.http.host to an address of this machine (0.0.0.0: all of them)"
                : "set articleflow.http.port or --http-port";
    }

    /** @param problem why the job is unhealthy although its state looks fine, or null; turns /health down */
    public static OpsServer start(ArticleflowConfig config, Supplier<State> state, Supplier<String> problem,
                                  ApplicationMetrics metrics) {
        Admin admin = KafkaClients.admin(config);
        LagReader reader = new LagReader(admin, KafkaClients.consumerSettings(config));
        LagSampler sampler = new LagSampler(reader, config, metrics.registry(), SAMPLE_EVERY, SAMPLES_KEPT);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.httpHost(), config.httpPort()), 0);
        } catch (IOException e) {
            sampler.close();
            admin.close(Duration.ofSeconds(5));
            throw cannotServe(config, e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "articleflow-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/health", new HealthEndpoint(state, problem, HealthEndpoint.Probe.LIVENESS));
        server.createContext("/ready", new HealthEndpoint(state, problem, HealthEndpoint.Probe.READINESS));
        server.createContext("/metrics", new MetricsEndpoint(metrics.registry()));
        server.createContext("/lag", new LagEndpoint(group -> reader.readFor(config, group), Clock.systemUTC()));
        server.createContext("/", new StatusPage(() -> view(config, state.get(), metrics, sampler)));
        server.start();
        sampler.start();
        OpsServer ops = new OpsServer(server, executor, admin, sampler);
        LOG.info("status page, health, metrics and lag on {}", ops.uri());
        return ops;
    }

    private static StatusPage.View view(ArticleflowConfig config, State state, ApplicationMetrics metrics, LagSampler sampler) {
        GroupLag lag = sampler.latest();
        Instant now = Instant.now();
        MicrometerPipelineEvents events = metrics.events();
        return new StatusPage.View(config.applicationId(), state.toString(), HealthEndpoint.alive(state),
                HealthEndpoint.ready(state), config.rawTopic(),
                lag == null ? null : lag.total(), lag == null ? Duration.ZERO : lag.timeLag(now),
                metrics.consumedPerSecond(config.rawTopic()),
                events.total(MicrometerPipelineEvents.ACCEPTED), events.total(MicrometerPipelineEvents.ENRICHED),
                events.total(MicrometerPipelineEvents.REVISIONS), events.total(MicrometerPipelineEvents.DEAD_LETTERS),
                events.deadLettersByReason(), sampler.history().samples(),
                sampler.every().multipliedBy(SAMPLES_KEPT), now);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where to point a browser or a scraper; a wildcard bind is shown as localhost. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        sampler.close();
        admin.close(Duration.ofSeconds(5));
    }
}
