package articleflow.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during an offline run, whose stores live in a folder the shutdown hook removes: the run stops between two
 * records and closes its stores before the folder goes. Removed under open stores, RocksDB fails on the records
 * still on their way (a stack trace per record) and writes the folder back as it closes.
 */
final class StopBetweenRecords {

    private final CountDownLatch closed = new CountDownLatch(1);

    private volatile boolean requested;

    private volatile boolean waitingForInput;

    /** Whether the run should stop before its next record. */
    boolean requested() {
        return requested;
    }

    /** Around a read that may block (standard input): the hook need not wait for a line that may never come. */
    void waitingForInput(boolean waiting) {
        waitingForInput = waiting;
    }

    /** The run's stores are closed (or were never opened): the folder may go. */
    void storesClosed() {
        closed.countDown();
    }

    /** From the shutdown hook: ask the run to stop, and wait until its stores are closed, at most {@code atMost}. */
    void requestAndAwait(Duration atMost) {
        requested = true;
        long deadline = System.nanoTime() + atMost.toNanos();
        try {
            while (!closed.await(20, TimeUnit.MILLISECONDS)) {
                if (waitingForInput || System.nanoTime() > deadline) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
