package articleflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * articleflow's command line in a JVM of its own, as an operator starts it: the product's classes and libraries
 * (no test classes, so the product's own logging settings apply), a real exit code, and its standard output and
 * error in files beside each other ({@code <name>.out}, {@code <name>.err}). Every wait on it has a bound.
 */
public final class CommandProcess implements AutoCloseable {

    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private CommandProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code articleflow.cli.Main} with {@code args} in {@code workDir}. */
    public static CommandProcess start(Path workDir, String name, String... args) {
        return start(workDir, name, Map.of(), args);
    }

    /** As {@link #start(Path, String, String...)}, with these variables added to the environment. */
    public static CommandProcess start(Path workDir, String name, Map<String, String> environment, String... args) {
        List<String> classpath = ChildClasspath.expand(System.getProperty("java.class.path")).stream()
                .filter(entry -> !entry.endsWith("test-classes"))
                .toList();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", String.join(java.io.File.pathSeparator, classpath),
                "articleflow.cli.Main"));
        command.addAll(List.of(args));
        Path stdout = workDir.resolve(name + ".out");
        Path stderr = workDir.resolve(name + ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new CommandProcess(process, stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start articleflow " + String.join(" ", args), e);
        }
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The entries of {@code dir} whose names start with {@code prefix}: the folders a command leaves in a temp dir. */
    public static List<Path> entriesStartingWith(Path dir, String prefix) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** Waits until the output shows {@code text}; the test fails when the process ends first or the time is up. */
    public void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!stdout().contains(text)) {
            if (!isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + text + "\" from articleflow; stdout:\n" + stdout()
                        + "\nstderr:\n" + stderr());
            }
            Thread.sleep(200);
        }
    }

    /** The exit code; the process is killed and the test fails when it has not ended within {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new AssertionError("articleflow did not exit within " + timeout + "; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    /** SIGTERM, as Ctrl-C or an orchestrator stops it; the process must end within {@code timeout}. */
    public void stop(Duration timeout) throws InterruptedException {
        process.destroy();
        awaitExit(timeout);
    }

    /**
     * SIGINT to the command and every process it started, as a terminal's Ctrl-C reaches the whole foreground process
     * group; returns the exit code, which must come within {@code timeout}.
     */
    public int interruptLikeATerminal(Duration timeout) throws InterruptedException, IOException {
        List<String> kill = new ArrayList<>(List.of("kill", "-INT", String.valueOf(process.pid())));
        process.descendants().forEach(child -> kill.add(String.valueOf(child.pid())));
        Process signal = new ProcessBuilder(kill).start();
        if (!signal.waitFor(10, TimeUnit.SECONDS) || signal.exitValue() != 0) {
            throw new AssertionError("could not signal " + kill);
        }
        return awaitExit(timeout);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
