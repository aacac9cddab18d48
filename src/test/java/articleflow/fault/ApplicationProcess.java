package articleflow.fault;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance of the application as an operator runs it: {@code articleflow run --config FILE --no-http} in a
 * JVM of its own, on the test JVM's class path, so that a test can kill it with SIGKILL (no shutdown hook, no
 * clean close, open transactions left behind) and start it again on the same state folder.
 *
 * <p>Its output goes to one log file, appended across starts; every wait here is bounded and fails with the
 * tail of that log.
 */
final class ApplicationProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationProcess.class);

    /** What {@code StreamingJob} logs when Kafka Streams has its tasks and has restored their state. */
    private static final String RUNNING_LINE = "streams state REBALANCING -> RUNNING";

    /** JVM start, cluster checks, joining the group and restoring state, on a busy 2-core machine. */
    static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(120);
    /**
     * JVM flags for a quick start: the C1 compiler only and the serial collector. A fault test starts the
     * application up to three times, and on two shared cores C2's compile threads and G1's workers make each start
     * seconds slower (10.6 s against 8.0 s for a restart here) without making the test prove more.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** The JVM's own defaults, as {@code java -jar articleflow.jar run} runs: for timing restarts as operators see them. */
    static final List<String> AS_DEPLOYED = List.of();

    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    /** Above the job's own 30 s close timeout. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(45);
    private static final int TAIL_LINES = 40;
    /** Linux refuses a single argument over 128 KiB; a longer class path goes through an @argfile. */
    private static final int MAX_INLINE_CLASSPATH = 100_000;

    private final String name;
    private final Path configFile;
    private final Path stateDir;
    private final Path logFile;
    private final List<String> jvmOptions;
    private final List<String> settings;
    private final Thread killOnExit = new Thread(this::destroyQuietly);
    private boolean killOnExitRegistered;
    /** Volatile: the waits read it without the lock a kill or a start holds. */
    private volatile Process process;
    private volatile Instant startedAt;
    private volatile long logOffsetAtStart;

    /**
     * @param jvmOptions {@link #QUICK_START} or {@link #AS_DEPLOYED}
     * @param settings   extra {@code key=value} settings over the file (each passed as {@code --set key=value});
     *                   the state folder is always this instance's own
     */
    ApplicationProcess(String name, Path configFile, Path stateDir, Path logFile, List<String> jvmOptions,
                       List<String> settings) {
        this.name = name;
        this.configFile = configFile;
        this.stateDir = stateDir;
        this.logFile = logFile;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.settings = List.copyOf(settings);
    }

    /** This instance's own state folder (state.dir): stores, checkpoints, process id and group.instance.id. */
    Path stateDir() {
        return stateDir;
    }

    /** Starts the instance (again, after a kill or stop) and returns at once; {@link #awaitRunning} waits for it. */
    synchronized ApplicationProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running as " + process.pid());
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                // what Kafka Streams and the group coordinator say about rebalances and restores: why a wait was long
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.streams=info",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients.consumer.internals.AbstractCoordinator=info",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients.consumer.internals.ConsumerCoordinator=info",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients.NetworkClient=warn"));
        command.addAll(jvmOptions);
        command.addAll(classpathArguments());
        command.addAll(List.of("articleflow.cli.Main", "run", "--config", configFile.toString(), "--no-http",
                "--set", "state.dir=" + stateDir));
        settings.forEach(setting -> command.addAll(List.of("--set", setting)));
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "=== fault test: starting " + name + " at " + Instant.now() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            logOffsetAtStart = Files.size(logFile);
            startedAt = Instant.now();
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        if (!killOnExitRegistered) {
            Runtime.getRuntime().addShutdownHook(killOnExit);
            killOnExitRegistered = true;
        }
        return this;
    }

    /**
     * Waits until this start of the instance logs {@value #RUNNING_LINE}, and returns how long that took from the
     * moment the process was started: JVM start, cluster checks, joining the group, restoring state.
     */
    Duration awaitRunning(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (logSinceStart().contains(RUNNING_LINE)) {
                Duration took = Duration.between(startedAt, Instant.now());
                LOG.info("{} RUNNING {} ms after its process started", name, took.toMillis());
                return took;
            }
            Process current = process;
            if (current == null || !current.isAlive()) {
                throw new AssertionError(name + " exited before it was running"
                        + (current == null ? "" : " (exit code " + current.exitValue() + ")") + "\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not log '" + RUNNING_LINE + "' within " + timeout + "\n" + logTail());
            }
            sleep(Duration.ofMillis(50));
        }
    }

    /** Kills the instance with SIGKILL ({@link Process#destroyForcibly()} on Linux): a crash, as {@code kill -9} is. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        Process killed = process;
        process = null;
        killed.destroyForcibly();
        if (!waitFor(killed, KILL_TIMEOUT)) {
            throw new AssertionError(name + " (" + killed.pid() + ") survived SIGKILL for " + KILL_TIMEOUT);
        }
        LOG.info("{} killed (SIGKILL)", name);
    }

    /** Stops the instance with SIGTERM: the job closes and leaves the group, as on an operator's Ctrl-C. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        Process stopping = process;
        process = null;
        stopping.destroy();
        if (!waitFor(stopping, STOP_TIMEOUT)) {
            stopping.destroyForcibly();
            waitFor(stopping, KILL_TIMEOUT);
            throw new AssertionError(name + " did not stop within " + STOP_TIMEOUT + " of SIGTERM\n" + logTail());
        }
        LOG.info("{} stopped (SIGTERM)", name);
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The last lines of the instance's log (all its starts), for failure messages. */
    String logTail() {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, file.length() - 64 * 1024);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return "--- last lines of " + logFile + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        destroyQuietly();
        if (killOnExitRegistered) {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException e) {
                // the JVM is exiting and the hook runs anyway
            }
            killOnExitRegistered = false;
        }
    }

    /** Never leave an application behind, also when the test JVM exits in the middle of a test. */
    private void destroyQuietly() {
        Process running = process;
        if (running != null) {
            running.destroyForcibly();
            waitFor(running, KILL_TIMEOUT);
        }
    }

    private String logSinceStart() {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            if (length <= logOffsetAtStart) {
                return "";
            }
            byte[] bytes = new byte[(int) (length - logOffsetAtStart)];
            file.seek(logOffsetAtStart);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private List<String> classpathArguments() {
        String classpath = System.getProperty("java.class.path");
        if (classpath.length() <= MAX_INLINE_CLASSPATH) {
            return List.of("-cp", classpath);
        }
        Path argFile = logFile.resolveSibling(name + "-classpath.args");
        String quoted = "\"" + classpath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        try {
            Files.writeString(argFile, "-cp " + quoted + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + argFile, e);
        }
        return List.of("@" + argFile);
    }

    /** Sends a signal ({@code STOP}, {@code CONT}) to a process, as {@code kill -STOP pid} does. */
    static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).redirectErrorStream(true).start();
            if (!waitFor(kill, Duration.ofSeconds(10)) || kill.exitValue() != 0) {
                throw new AssertionError("kill -" + signal + " " + pid + " failed: "
                        + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -" + signal + " " + pid, e);
        }
    }

    static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return name + (process == null ? " (not running)" : " (pid " + process.pid() + ")") + ", log " + logFile;
    }
}
