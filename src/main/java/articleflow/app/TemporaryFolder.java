package articleflow.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A folder under the system's temporary folder for state a command throws away when it ends (RocksDB files, an
 * embedded broker's log), gone when the command ends however it ends: {@link #close()} on the way out, a shutdown
 * hook on Ctrl-C or SIGTERM, which end the JVM without running the command's own clean-up. The state of a run
 * is gigabytes at the sizes the tools are used with, so none of it is left behind.
 */
public final class TemporaryFolder implements AutoCloseable {

    private final Path path;
    private final Thread onShutdown;

    private final Runnable beforeRemoval;

    /** Whether this folder's hook has a line of its own to say on Ctrl-C, in place of {@link InterruptNotice}'s. */
    private final boolean noting;

    private TemporaryFolder(Path path, Supplier<String> interrupted, Runnable beforeRemoval, boolean noting) {
        this.path = path;
        this.beforeRemoval = beforeRemoval;
        this.noting = noting;
        if (noting) {
            InterruptNotice.notePending();
        }
        this.onShutdown = new Thread(() -> {
            String note = interrupted.get();
            if (note != null) {
                System.err.println(note);
            }
            beforeRemoval.run();
            delete(path);
        }, "articleflow-temporary-folder");
        Runtime.getRuntime().addShutdownHook(onShutdown);
    }

    /** A new folder named {@code prefix} and a number; removed on Ctrl-C too, without a word. */
    public static TemporaryFolder create(String prefix) throws IOException {
        return new TemporaryFolder(Files.createTempDirectory(prefix), () -> null, () -> { }, false);
    }

    /**
     * @param interrupted the line to print when the JVM stops before {@link #close()} (Ctrl-C), or null for none
     */
    public static TemporaryFolder create(String prefix, Supplier<String> interrupted) throws IOException {
        return create(prefix, interrupted, () -> { });
    }

    /**
     * @param beforeRemoval what to stop before the folder goes, on {@link #close()} and on Ctrl-C alike: a process
     *                      writing in it (an embedded broker), which would otherwise keep writing while it is removed
     *                      (shutdown hooks run in no particular order, so the broker's own hook cannot be relied on)
     */
    public static TemporaryFolder create(String prefix, Supplier<String> interrupted, Runnable beforeRemoval)
            throws IOException {
        return new TemporaryFolder(Files.createTempDirectory(prefix), interrupted, beforeRemoval, true);
    }

    public Path path() {
        return path;
    }

    /** Removes the folder and all in it. */
    @Override
    public void close() {
        boolean open;
        try {
            open = Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException e) {
            return; // the JVM is stopping: the hook removes the folder
        }
        if (open && noting) {
            InterruptNotice.noteDone();
        }
        beforeRemoval.run();
        delete(path);
    }

    /** Removes {@code dir} and all in it; a folder already gone (the shutdown hook was first) is fine. */
    public static void delete(Path dir) {
        // a few passes: a process that has just stopped (the broker, RocksDB) may still be letting go of files
        for (int attempt = 1; attempt <= 5 && Files.exists(dir); attempt++) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    System.err.println("could not remove " + dir + ": " + e.getMessage());
                }
            }
            if (Files.exists(dir)) {
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (Files.exists(dir)) {
            System.err.println("could not remove " + dir);
        }
    }

    /** What the shutdown hook does, for tests: the note, then the folder removed. */
    void runAsOnShutdown() {
        Runtime.getRuntime().removeShutdownHook(onShutdown);
        onShutdown.run();
    }
}
