package articleflow.fault;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The bounds of the waits every fault test shares: generous for a busy 2-core machine, never unbounded. */
final class Faults {

    /** JVM start, cluster checks, joining the group and restoring state. */
    static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(120);
    /** Until a given share of the feed is out. */
    static final Duration PROGRESS_TIMEOUT = Duration.ofSeconds(120);
    /** Until the broker has acknowledged the whole feed, outages included. */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(180);
    /** Until everything sent is processed and out. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(180);

    private Faults() {
    }

    /** Polls {@code done} every 200 ms; fails with {@code what} when it does not hold within {@code timeout}. */
    static void await(BooleanSupplier done, Duration timeout, Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what.get());
            }
            ApplicationProcess.sleep(Duration.ofMillis(200));
        }
    }
}
