package articleflow.app;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one line a command leaves when Ctrl-C or SIGTERM stops it before it finished: the JVM then exits with 130 (143)
 * and runs only its shutdown hooks, so without this a user sees the command end without a word. A part of the
 * command with more to say (how far {@code enrich} got) says it instead: while such a note is pending, the general
 * line stays out, so there is one line either way.
 */
public final class InterruptNotice {

    private static final AtomicInteger PENDING_NOTES = new AtomicInteger();

    private static Thread hook;

    private InterruptNotice() {
    }

    /** From now until {@link #unwatch()}, Ctrl-C prints "articleflow: COMMAND interrupted" unless a note is pending. */
    public static synchronized void watch(String command) {
        unwatch();
        hook = new Thread(() -> lineOnInterrupt(command).ifPresent(System.err::println), "articleflow-interrupted");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            hook = null; // the JVM is already stopping: nothing left to watch
        }
    }

    /** The command finished (or failed and said so): Ctrl-C from here on is none of its business. */
    public static synchronized void unwatch() {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // the hook is running or has run: nothing to undo
        }
        hook = null;
    }

    /** A note of its own will be printed on Ctrl-C (by a {@link TemporaryFolder}'s hook) until {@link #noteDone()}. */
    static void notePending() {
        PENDING_NOTES.incrementAndGet();
    }

    static void noteDone() {
        PENDING_NOTES.decrementAndGet();
    }

    /** What the hook prints for {@code command}: nothing when a more precise note is pending. */
    static Optional<String> lineOnInterrupt(String command) {
        return PENDING_NOTES.get() > 0 ? Optional.empty() : Optional.of("articleflow: " + command + " interrupted");
    }
}
