package articleflow.cli;

import articleflow.ops.ClusterCheck;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Tells a quiet topic from a cluster that has gone away, for a consumer that follows: a consumer's poll returns
 * nothing either way, so after {@code quietLimit} without a record it asks the cluster for its topics, bounded by
 * the same limit. No answer is a {@link articleflow.ops.ClusterUnreachableException} naming the cluster.
 */
final class QuietClusterProbe {

    private final Consumer<?, ?> consumer;
    private final String bootstrapServers;
    private final Duration quietLimit;
    private final LongSupplier nanoTime;
    private long quietSince;

    QuietClusterProbe(Consumer<?, ?> consumer, String bootstrapServers, Duration quietLimit, LongSupplier nanoTime) {
        this.consumer = consumer;
        this.bootstrapServers = bootstrapServers;
        this.quietLimit = quietLimit;
        this.nanoTime = nanoTime;
        this.quietSince = nanoTime.getAsLong();
    }

    /** Called after each poll; throws when the cluster, quiet too long, does not answer a metadata request either. */
    void afterPoll(boolean recordsArrived) {
        long now = nanoTime.getAsLong();
        if (recordsArrived) {
            quietSince = now;
            return;
        }
        if (now - quietSince < quietLimit.toNanos()) {
            return;
        }
        try {
            // a metadata request, always sent: partitionsFor would answer from the client's cache
            consumer.listTopics(quietLimit);
        } catch (TimeoutException noAnswer) {
            throw ClusterCheck.unreachable(bootstrapServers, quietLimit, noAnswer);
        }
        quietSince = nanoTime.getAsLong();
    }
}
