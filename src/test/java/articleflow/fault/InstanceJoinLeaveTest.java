package articleflow.fault;

import articleflow.app.FeedGenerator;
import articleflow.broker.BrokerTest;
import articleflow.broker.SharedBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second instance of the application (same {@code application.id}, its own state folder) joins in the middle
 * of the stream, takes over part of the partitions with their state, and leaves again while the feed still
 * flows: its partitions and state move back. A {@code read_committed} reader ends with every article once per
 * revision, as the offline path leaves it.
 */
@BrokerTest
class InstanceJoinLeaveTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    /** The second instance leaves as an operator scales down: SIGTERM, a clean close that leaves the group. */
    @Test
    @Timeout(300)
    void shouldPublishEveryArticleOnceAndRightWhenASecondInstanceJoinsAndLeavesMidStream() {
        joinAndLeave(FeedGenerator.Options.eventful(200, 4, 1500, 40), false);
    }

    /** The second instance leaves by crashing (SIGKILL): its partitions move back once its session expires. */
    @Test
    @Tag("slow")
    @Timeout(1200)
    void shouldPublishEveryArticleOnceAndRightWhenASecondInstanceJoinsAndCrashesDuringALongFeed() {
        joinAndLeave(FeedGenerator.Options.eventful(3_000, 8, 1500, 41), true);
    }

    private void joinAndLeave(FeedGenerator.Options options, boolean crash) {
        try (FaultFeed feed = FaultFeed.create("join-leave", SharedBroker.bootstrapServers(), folder, 3, options);
             ApplicationProcess first = feed.instance("first");
             ApplicationProcess second = feed.instance("second");
             PublishedArticles out = new PublishedArticles(feed.config())) {
            Supplier<String> logs = () -> first.logTail() + "\n" + second.logTail();
            first.start().awaitRunning(Faults.RUNNING_TIMEOUT);
            FaultFeed.Sending sending = feed.send(Duration.ofMillis(options.articles() * 40L));
            out.awaitPublished(feed.articles() / 5, Faults.PROGRESS_TIMEOUT, logs);

            second.start().awaitRunning(Faults.RUNNING_TIMEOUT);
            Faults.await(() -> feed.membersWithPartitions() == 2, Faults.PROGRESS_TIMEOUT,
                    () -> "both instances with partitions\n" + logs.get());
            out.awaitPublished(feed.articles() / 2, Faults.PROGRESS_TIMEOUT, logs);
            if (crash) {
                second.kill();
            } else {
                second.stop();
            }

            sending.awaitAcknowledged(Faults.SEND_TIMEOUT);
            out.awaitIdle(Faults.IDLE_TIMEOUT, logs);
            out.assertMatches(feed.expectedFinalState(), logs);
        }
    }
}
