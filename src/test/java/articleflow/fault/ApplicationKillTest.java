package articleflow.fault;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.app.FeedGenerator;
import articleflow.broker.BrokerTest;
import articleflow.broker.SharedBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application killed with SIGKILL in the middle of the stream (no clean close, transactions left open, local
 * state not checkpointed) and started again on the same state folder: a {@code read_committed} reader ends with
 * every article once per revision, as the offline path leaves it.
 *
 * <p>Each restart is timed from starting the new process to the job logging RUNNING. With static membership
 * (the default) the new process rejoins as the member that died, so it never waits out the dead member's
 * session; the slow measurement below shows the difference with Kafka's default 45 s session, in a JVM run
 * as deployed.
 */
@BrokerTest
class ApplicationKillTest {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationKillTest.class);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    @Timeout(300)
    void shouldPublishEveryArticleOnceAndRightWhenTheApplicationIsKilledMidStreamAndRestarted() {
        List<Duration> restarts = killDuringFeed("app-kill", FeedGenerator.Options.eventful(200, 4, 1500, 10),
                Duration.ofSeconds(6), 1, ApplicationProcess.QUICK_START);
        LOG.info("restart after SIGKILL to RUNNING (quick-start JVM, static membership, 6 s session): {} ms",
                restarts.get(0).toMillis());
    }

    @Test
    @Tag("slow")
    @Timeout(3600)
    void shouldPublishEveryArticleOnceAndRightWhenTheApplicationIsKilledThreeTimesDuringALongFeed() {
        List<Duration> restarts = killDuringFeed("app-kill-long", FeedGenerator.Options.eventful(20_000, 20, 1500, 11),
                Duration.ofSeconds(240), 3, ApplicationProcess.AS_DEPLOYED);
        LOG.info("restarts after SIGKILL to RUNNING (JVM as deployed, static membership, 6 s session): {} ms",
                restarts.stream().map(Duration::toMillis).toList());
    }

    /**
     * Kafka's default session timeout (45 s), once with static membership and once without: without it, the new
     * process waits in the rebalance until the coordinator gives up on the dead member.
     */
    @Test
    @Tag("slow")
    @Timeout(900)
    void shouldRestartWithoutWaitingOutTheDeadMembersSessionWithStaticMembership() {
        String session = "consumer.session.timeout.ms=45000";
        Duration withStatic = killDuringFeed("restart-static", FeedGenerator.Options.eventful(200, 4, 1500, 12),
                Duration.ofSeconds(6), 1, ApplicationProcess.AS_DEPLOYED, session).get(0);
        Duration without = killDuringFeed("restart-dynamic", FeedGenerator.Options.eventful(200, 4, 1500, 12),
                Duration.ofSeconds(6), 1, ApplicationProcess.AS_DEPLOYED, session,
                "articleflow.static.membership=false").get(0);
        LOG.info("restart after SIGKILL to RUNNING (JVM as deployed, 45 s session): {} ms with static membership, {} ms"
                + " without", withStatic.toMillis(), without.toMillis());
        assertThat(withStatic).as("restart with static membership").isLessThan(Duration.ofSeconds(45));
    }

    /**
     * Sends the feed over {@code spread} and kills the application {@code kills} times on the way, once each
     * 1/(kills + 2), 2/(kills + 2), … of the articles are out; returns how long each restart took to RUNNING.
     */
    private List<Duration> killDuringFeed(String name, FeedGenerator.Options options, Duration spread, int kills,
                                          List<String> jvmOptions, String... settings) {
        Path dir = folder.resolve(name);
        Duration progressTimeout = PublishedArticles.PROGRESS_TIMEOUT.plusMillis(options.articles() * 30L);
        List<Duration> restarts = new ArrayList<>();
        try (FaultFeed feed = FaultFeed.create(name, SharedBroker.bootstrapServers(), dir, 3, options);
             ApplicationProcess app = feed.instance("app", jvmOptions, settings);
             PublishedArticles out = new PublishedArticles(feed.config())) {
            app.start().awaitRunning(ApplicationProcess.RUNNING_TIMEOUT);
            FaultFeed.Sending sending = feed.send(spread);
            // the offline run competes for the same cores: let it finish first, so restarts are timed alone
            feed.expectedFinalState();
            for (int kill = 1; kill <= kills; kill++) {
                out.awaitPublished(feed.articles() * kill / (kills + 2), progressTimeout, app::logTail);
                int outAtKill = out.publishedIds();
                app.kill();
                restarts.add(app.start().awaitRunning(ApplicationProcess.RUNNING_TIMEOUT));
                LOG.info("{}: kill {} with {} of {} articles out; RUNNING again {} ms after the new process started",
                        name, kill, outAtKill, feed.articles(), restarts.get(restarts.size() - 1).toMillis());
            }
            sending.awaitAcknowledged(FaultFeed.SEND_TIMEOUT.plus(spread));
            out.awaitIdle(PublishedArticles.IDLE_TIMEOUT.plus(progressTimeout), app::logTail);
            out.assertMatches(feed.expectedFinalState(), app::logTail);
        }
        return restarts;
    }
}
