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

    /**
     * The feed in three parts: the first to the first instance alone, the second once both instances hold
     * partitions, the third once the second instance has left; so that, however fast this machine is, both really
     * share the work, and the join and the leave each happen with records still in flight.
     */
    private void joinAndLeave(FeedGenerator.Options options, boolean crash) {
        try (FaultFeed feed = FaultFeed.create("join-leave", SharedBroker.bootstrapServers(), folder, 3, options);
             ApplicationProcess first = feed.instance("first");
             ApplicationProcess second = feed.instance("second");
             PublishedArticles out = new PublishedArticles(feed.config())) {
            Supplier<String> logs = () -> first.logTail() + "\n" + second.logTail();
            int third = feed.size() / 3;
            Duration spread = Duration.ofMillis(third * 20L);
            Duration sendTimeout = FaultFeed.SEND_TIMEOUT.plus(spread);
            first.start().awaitRunning(ApplicationProcess.RUNNING_TIMEOUT);
            FaultFeed.Sending alone = feed.send(0, third, spread);
            out.awaitPublished(feed.articles() / 10, PublishedArticles.PROGRESS_TIMEOUT, logs);

            second.start().awaitRunning(ApplicationProcess.RUNNING_TIMEOUT);
            feed.awaitMembersWithPartitions(2, PublishedArticles.PROGRESS_TIMEOUT, logs);
            alone.awaitAcknowledged(sendTimeout);
            int outAtJoin = out.publishedIds();
            feed.send(third, 2 * third, spread).awaitAcknowledged(sendTimeout);
            out.awaitPublished(outAtJoin + feed.articles() / 10, PublishedArticles.PROGRESS_TIMEOUT, logs);
            if (crash) {
                second.kill();
            } else {
                second.stop();
            }

            feed.send(2 * third, feed.size(), spread).awaitAcknowledged(sendTimeout);
            out.awaitIdle(PublishedArticles.IDLE_TIMEOUT, logs);
            out.assertMatches(feed.expectedFinalState(), logs);
        }
    }
}
