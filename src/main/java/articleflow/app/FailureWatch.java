package articleflow.app;

import articleflow.events.LogSafe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.errors.StreamsException;

/**
 * Notices a stream thread dying again of the same cause. One death is survivable (the thread is replaced); a
 * second on the same cause means it will loop on the same record, so health turns down with the reason instead of
 * the loop going on unseen. The verdict lapses once the cause has not recurred for a while.
 */
final class FailureWatch {

    private final Duration window;
    private final Clock clock;
    private String lastCause;
    private Instant lastSeen;
    private String problem;
    private Instant problemSeen;

    FailureWatch(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Records a thread's death; returns true when it repeats the previous cause within the window. */
    synchronized boolean died(Throwable exception) {
        String cause = causeOf(exception);
        Instant now = clock.instant();
        boolean repeated = cause.equals(lastCause) && lastSeen != null && now.isBefore(lastSeen.plus(window));
        lastCause = cause;
        lastSeen = now;
        if (repeated) {
            problem = "a stream thread died twice on the same cause: " + cause;
            problemSeen = now;
        }
        return repeated;
    }

    /** Why the job is unhealthy, or null. */
    synchronized String problem() {
        if (problem != null && clock.instant().isAfter(problemSeen.plus(window))) {
            problem = null;
        }
        return problem;
    }

    /** The task (when Kafka names one), the innermost exception's class and its message. */
    static String causeOf(Throwable exception) {
        String task = exception instanceof StreamsException streams && streams.taskId().isPresent()
                ? "task " + streams.taskId().get() + ": " : "";
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return task + root.getClass().getSimpleName() + " " + LogSafe.quote(Objects.toString(root.getMessage(), ""));
    }
}
