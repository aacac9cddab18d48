package articleflow.fault;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.app.FeedGenerator;
import articleflow.broker.BrokerTest;
import articleflow.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker frozen in the middle of the stream ({@code kill -STOP}, as a stalled VM or a long GC pause would)
 * and thawed ({@code kill -CONT}): longer than the application's session (6 s) and transaction (10 s) timeouts,
 * so its group and open transactions expire on the broker's clock the moment it wakes. The application recovers
 * by itself, and a {@code read_committed} reader ends with every article once per revision, as the offline path
 * leaves it.
 */
@BrokerTest
class BrokerPauseTest {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerPauseTest.class);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

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
        try (EmbeddedBroker broker = EmbeddedBroker.start(folder.resolve("broker"));
             FaultFeed feed = FaultFeed.create("broker-pause", broker.bootstrapServers(), folder, 3, options);
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
