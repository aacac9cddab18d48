package articleflow.fault;

import articleflow.app.FeedGenerator;
import articleflow.broker.BrokerTest;
import articleflow.broker.SharedBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance stopped in the middle of the stream loses its whole state folder (a new machine, a wiped disk):
 * stores, checkpoints, its Kafka Streams process id and its {@code group.instance.id}. Started again it is a
 * stranger to the group and rebuilds every store from the changelogs; the articles that come after (corrections
 * and withdrawals of earlier ones, neighbours of earlier ones) depend on that state, and a {@code read_committed}
 * reader ends with every article once per revision, as the offline path leaves it.
 */
@BrokerTest
class LostStateTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    @Timeout(300)
    void shouldRebuildTheStateFromTheChangelogsWhenTheStateFolderIsLostWhileStopped() {
        try (FaultFeed feed = FaultFeed.create("lost-state", SharedBroker.bootstrapServers(), folder, 3,
                FeedGenerator.Options.eventful(200, 4, 1500, 50));
             ApplicationProcess app = feed.instance("app");
             PublishedArticles out = new PublishedArticles(feed.config())) {
            app.start().awaitRunning(ApplicationProcess.RUNNING_TIMEOUT);
            FaultFeed.Sending sending = feed.send(Duration.ofSeconds(6));
            out.awaitPublished(feed.articles() / 3, PublishedArticles.PROGRESS_TIMEOUT, app::logTail);

            app.stop();
            deleteRecursively(app.stateDir());
            app.start().awaitRunning(ApplicationProcess.RUNNING_TIMEOUT);

            sending.awaitAcknowledged(FaultFeed.SEND_TIMEOUT);
            out.awaitIdle(PublishedArticles.IDLE_TIMEOUT, app::logTail);
            out.assertMatches(feed.expectedFinalState(), app::logTail);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
        if (Files.exists(folder)) {
            throw new AssertionError("the state folder " + folder + " is still there");
        }
    }
}
