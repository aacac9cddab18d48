package articleflow.fault;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.app.FeedGenerator;
import articleflow.broker.BrokerTest;
import articleflow.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker killed with SIGKILL in the middle of the stream and started again on the same data folder and port:
 * the application, a process of its own that is left alone, gets through the outage by itself, and a
 * {@code read_committed} reader ends with every article once per revision, as the offline path leaves it.
 *
 * <p>A broker of its own (the shared one must stay up for every other test). The producer of the feed keeps
 * sending through the outage, as a publisher's would.
 */
@BrokerTest
class BrokerKillTest {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerKillTest.class);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    @Timeout(300)
    void shouldPublishEveryArticleOnceAndRightWhenTheBrokerIsKilledMidStreamAndRestarted() {
        try (EmbeddedBroker broker = EmbeddedBroker.start(folder.resolve("broker"));
             FaultFeed feed = FaultFeed.create("broker-kill", broker.bootstrapServers(), folder, 3,
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
}
