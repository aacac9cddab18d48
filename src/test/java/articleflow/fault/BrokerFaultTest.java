package articleflow.fault;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.app.FeedGenerator;
import articleflow.broker.BrokerTest;
import articleflow.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker fails under the application, a process of its own that is left alone: killed with SIGKILL and
 * started again on the same data folder and port, or frozen ({@code kill -STOP}, as a stalled VM or a long GC
 * pause would) and thawed ({@code kill -CONT}) after longer than the application's session (6 s) and
 * transaction (10 s) timeouts, so that its group and open transactions expire on the broker's clock the moment
 * it wakes. The application recovers by itself, and a {@code read_committed} reader ends with every article once
 * per revision, as the offline path leaves it. The producer of the feed keeps sending through the outage, as a
 * publisher's would.
 *
 * <p>The broker is this class's own (the shared one must stay up for every other test); each test has its own
 * application and topics on it.
 */
@BrokerTest
class BrokerFaultTest {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerFaultTest.class);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path brokerFolder;

    private static EmbeddedBroker broker;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.start(brokerFolder);
    }

    /** A test that failed between a kill and the restart leaves the broker down. */
    @BeforeEach
    void brokerRunning() {
        if (!broker.isRunning()) {
            broker.restart();
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Timeout(300)
    void shouldPublishEveryArticleOnceAndRightWhenTheBrokerIsKilledMidStreamAndRestarted() {
        try (FaultFeed feed = FaultFeed.create("broker-kill", broker.bootstrapServers(), folder, 3,
                FeedGenerator.Options.eventful(200, 4, 1500, 20));
             ApplicationProcess app = feed.instance("app");
             PublishedArticles out = new PublishedArticles(feed.config())) {
            app.start().awaitRunning(ApplicationProcess.RUNNING_TIMEOUT);
            FaultFeed.Sending sending = feed.send(Duration.ofSeconds(6));
            out.awaitPublished(feed.articles() / 3, PublishedArticles.PROGRESS_TIMEOUT, app::logTail);

            int outAtKill = out.publishedIds();
            broker.kill();
            Instant killed = Instant.now();
            broker.restart();
            LOG.info("broker back {} ms after SIGKILL ({} of {} articles out at the kill)",
                    Duration.between(killed, Instant.now()).toMillis(), outAtKill, feed.articles());

            sending.awaitAcknowledged(FaultFeed.SEND_TIMEOUT);
            out.awaitIdle(PublishedArticles.IDLE_TIMEOUT, app::logTail);
            out.assertMatches(feed.expectedFinalState(), app::logTail);
            assertThat(app.isAlive()).as("the application lived through the outage\n%s", app.logTail()).isTrue();
        }
    }

    @Test
    @Timeout(300)
    void shouldPublishEveryArticleOnceAndRightWhenTheBrokerIsFrozenForFifteenSeconds() {
        pauseMidStream(Duration.ofSeconds(15), FeedGenerator.Options.eventful(200, 4, 1500, 30));
    }

    @Test
    @Tag("slow")
    @Timeout(900)
    void shouldPublishEveryArticleOnceAndRightWhenTheBrokerIsFrozenForAMinute() {
        pauseMidStream(Duration.ofSeconds(60), FeedGenerator.Options.eventful(3_000, 8, 1500, 31));
    }

    private void pauseMidStream(Duration pause, FeedGenerator.Options options) {
        try (FaultFeed feed = FaultFeed.create("broker-pause", broker.bootstrapServers(), folder, 3, options);
             ApplicationProcess app = feed.instance("app");
             PublishedArticles out = new PublishedArticles(feed.config())) {
            app.start().awaitRunning(ApplicationProcess.RUNNING_TIMEOUT);
            FaultFeed.Sending sending = feed.send(Duration.ofMillis(options.articles() * 25L));
            out.awaitPublished(feed.articles() / 3, PublishedArticles.PROGRESS_TIMEOUT, app::logTail);

            int outAtPause = out.publishedIds();
            long pid = broker.pid();
            ApplicationProcess.signal(pid, "STOP");
            try {
                ApplicationProcess.sleep(pause);
            } finally {
                ApplicationProcess.signal(pid, "CONT");
            }
            Instant thawed = Instant.now();
            LOG.info("broker frozen for {} s with {} of {} articles out", pause.toSeconds(), outAtPause, feed.articles());

            sending.awaitAcknowledged(FaultFeed.SEND_TIMEOUT);
            out.awaitIdle(PublishedArticles.IDLE_TIMEOUT, app::logTail);
            LOG.info("idle {} ms after the broker was thawed", Duration.between(thawed, Instant.now()).toMillis());
            out.assertMatches(feed.expectedFinalState(), app::logTail);
            assertThat(app.isAlive()).as("the application lived through the pause\n%s", app.logTail()).isTrue();
        }
    }
}
