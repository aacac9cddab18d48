package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import articleflow.ops.ClusterUnreachableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** A following {@code tail} asks a quiet cluster whether it is still there, and gives up on one that does not answer. */
class QuietClusterProbeTest {

    private static final Duration LIMIT = Duration.ofSeconds(15);

    private final AtomicLong now = new AtomicLong();
    private final Cluster cluster = new Cluster();
    private final QuietClusterProbe probe = new QuietClusterProbe(cluster, "broker:9092", LIMIT, now::get);

    @Test
    void shouldNotAskWhileRecordsArriveOrBeforeTheLimit() {
        now.addAndGet(LIMIT.toNanos() - 1);
        probe.afterPoll(false);
        now.addAndGet(LIMIT.toNanos());
        probe.afterPoll(true);
        now.addAndGet(LIMIT.toNanos() - 1);
        probe.afterPoll(false);

        assertThat(cluster.asked.get()).isZero();
    }

    @Test
    void shouldAskAQuietClusterOnceALimitAndGoOnWhenItAnswers() {
        now.addAndGet(LIMIT.toNanos());
        probe.afterPoll(false);
        now.addAndGet(LIMIT.toNanos() / 2);
        probe.afterPoll(false);

        assertThat(cluster.asked.get()).isOne();
    }

    @Test
    void shouldSayTheClusterCannotBeReachedWhenItDoesNotAnswer() {
        cluster.answering = false;
        now.addAndGet(LIMIT.toNanos());

        Throwable failure = catchThrowable(() -> probe.afterPoll(false));

        assertThat(failure).isInstanceOf(ClusterUnreachableException.class)
                .hasMessageStartingWith("cannot reach the Kafka cluster at broker:9092 within 15 s: ");
        assertThat(Main.Failure.of(failure, "broker:9092").exitCode()).isEqualTo(Main.CLUSTER_UNREACHABLE);
    }

    /** A consumer whose cluster answers metadata requests until told not to, as a stopped broker does not. */
    private static final class Cluster extends MockConsumer<byte[], byte[]> {

        final AtomicInteger asked = new AtomicInteger();
        boolean answering = true;

        Cluster() {
            super("earliest");
        }

        @Override
        public synchronized Map<String, List<PartitionInfo>> listTopics(Duration timeout) {
            asked.incrementAndGet();
            if (!answering) {
                throw new TimeoutException("Timeout expired while fetching topic metadata");
            }
            return Map.of();
        }
    }
}
