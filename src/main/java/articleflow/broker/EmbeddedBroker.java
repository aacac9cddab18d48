package articleflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (combined broker and KRaft controller) running as a child
 * process on free loopback ports, for {@code run --embedded}, {@code demo} and broker tests.
 *
 * <p>A child process rather than a broker inside this JVM: it can be killed with SIGKILL and
 * restarted on the same data, exactly like a production broker, and its threads, memory and
 * logging stay out of the application's. The child never outlives this JVM: a shutdown hook
 * stops it, and {@link TetheredKafka} makes it exit when this process dies without hooks.
 *
 * <p>{@link BrokerExtras} give a broker more than the defaults (a SASL listener, an authorizer, SCRAM users) for
 * a test of a secured cluster; {@code run --embedded} and {@code demo} use none.
 *
 * <p>Layout of the data folder: {@code server.properties}, {@code broker.log} (the broker's
 * own output, appended across restarts) and {@code kafka-logs/} (the partitions).
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 30;
    private static final int MAX_ERROR_LINES = 5;
    private static final String RUN_MARKER = "=== articleflow:";
    /** Linux rejects a single argument over 128 KiB; a longer classpath goes through an @argfile. */
    private static final int MAX_INLINE_CLASSPATH = 100_000;

    private final Path dataDir;
    private final Path logDir;
    private final Path serverProperties;
    private final Path brokerLog;
    private final BrokerPorts ports;
    private final BrokerExtras extras;
    /** The port of each extra listener, by name. */
    private final Map<String, Integer> listenerPorts;
    private final String classpath;
    private final Thread shutdownHook;
    /** Volatile so the shutdown hook can stop it without waiting for a start-up in progress. */
    private volatile Process process;
    private volatile Duration ownerGrace = Duration.ZERO;

    private EmbeddedBroker(Path dataDir, BrokerPorts ports, BrokerExtras extras) {
        this.dataDir = dataDir;
        this.logDir = dataDir.resolve("kafka-logs");
        this.serverProperties = dataDir.resolve("server.properties");
        this.brokerLog = dataDir.resolve("broker.log");
        this.ports = ports;
        this.extras = extras;
        this.listenerPorts = listenerPorts(serverProperties, ports, extras);
        this.classpath = ChildClasspath.ofThisJvm();
        this.shutdownHook = new Thread(this::stopOnShutdown, "embedded-broker-shutdown");
    }

    /**
     * Starts a broker on the data in {@code dataDir} (created and formatted when new) and
     * returns once it answers a client, or throws with the tail of its log after 60 s.
     * A folder used before keeps its ports when they are still free.
     */
    public static EmbeddedBroker start(Path dataDir) {
        return start(dataDir, BrokerExtras.NONE);
    }

    /** As {@link #start(Path)}, with listeners, server properties and format arguments of its own. */
    public static EmbeddedBroker start(Path dataDir, BrokerExtras extras) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker data folder " + absolute, e);
        }
        LogFolderLock.requireFree(absolute.resolve("kafka-logs"), absolute);
        BrokerPorts ports = ServerProperties.portsIn(absolute.resolve("server.properties"))
                .filter(BrokerPorts::available)
                .orElseGet(BrokerPorts::free);
        EmbeddedBroker broker = new EmbeddedBroker(absolute, ports, extras);
        Runtime.getRuntime().addShutdownHook(broker.shutdownHook);
        try {
            broker.prepare();
            broker.launch();
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /** The {@code bootstrap.servers} value for clients of this broker. */
    public String bootstrapServers() {
        return "127.0.0.1:" + ports.client();
    }

    /** The {@code bootstrap.servers} value for clients of the extra listener {@code name}. */
    public String bootstrapServers(String listener) {
        Integer port = listenerPorts.get(listener.toUpperCase(Locale.ROOT));
        if (port == null) {
            throw new IllegalArgumentException("the broker has no extra listener " + listener + "; it has " + listenerPorts.keySet());
        }
        return "127.0.0.1:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The broker's own log output: look here when it misbehaves. */
    public Path logFile() {
        return brokerLog;
    }

    /** The broker's process id, for a test that stalls it ({@code kill -STOP}) as a frozen machine would. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("the broker is not running");
        }
        return process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the broker cleanly (SIGTERM), forcing it after 30 s. Does nothing when it is not running. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Process stopping = process;
        process = null;
        terminate(stopping);
        log.info("broker {} stopped", stopping.pid());
    }

    private static void terminate(Process stopping) {
        stopping.destroy();
        if (!waitFor(stopping, STOP_TIMEOUT)) {
            log.warn("broker {} did not stop within {} s, killing it", stopping.pid(), STOP_TIMEOUT.toSeconds());
            stopping.destroyForcibly();
            waitFor(stopping, KILL_TIMEOUT);
        }
    }

    /** Kills the broker with SIGKILL, as a crash would: no clean shutdown, data as the disk has it. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        Process killed = process;
        process = null;
        killed.destroyForcibly();
        if (!waitFor(killed, KILL_TIMEOUT)) {
            throw new IllegalStateException("broker " + killed.pid() + " survived SIGKILL for " + KILL_TIMEOUT.toSeconds() + " s");
        }
        log.info("broker {} killed", killed.pid());
    }

    /** Stops the broker if it runs and starts it again on the same ports and data. */
    public synchronized void restart() {
        stop();
        launch();
    }

    /** Stops the broker; the data folder stays. */
    @Override
    public synchronized void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook is running or has run
        }
    }

    /**
     * The owner stops this broker in a shutdown hook of its own, after the job that uses it: this broker's own hook,
     * which the JVM runs at the same time, first waits up to {@code grace} for that, so that Ctrl-C does not take the
     * broker from under a job that is still closing.
     */
    public void leaveToOwnerOnShutdown(Duration grace) {
        ownerGrace = grace;
    }

    /** Unsynchronized on purpose: a start-up holding the lock must not delay the JVM's exit. */
    private void stopOnShutdown() {
        long deadline = System.nanoTime() + ownerGrace.toNanos();
        while (process != null && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(50));
        }
        Process running = process;
        if (running != null) {
            terminate(running);
        }
    }

    private void prepare() {
        try {
            ServerProperties.write(ServerProperties.withExtras(ServerProperties.of(ports, logDir), listenerPorts, extras),
                    serverProperties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + serverProperties, e);
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format();
        }
    }

    /** KRaft storage must be formatted with a cluster id before the first start. */
    private void format() {
        String clusterId = Uuid.randomUuid().toString();
        List<String> arguments = new ArrayList<>(List.of("format", "-t", clusterId, "-c", serverProperties.toString()));
        arguments.addAll(extras.formatArguments());
        List<String> command = javaCommand("kafka.tools.StorageTool", arguments);
        markRun("formatting storage");
        Process formatting = spawn(command);
        if (!waitFor(formatting, FORMAT_TIMEOUT)) {
            formatting.destroyForcibly();
            throw failure("formatting the broker storage did not finish within " + FORMAT_TIMEOUT.toSeconds() + " s");
        }
        if (formatting.exitValue() != 0) {
            throw failure("formatting the broker storage failed with exit code " + formatting.exitValue());
        }
        log.info("formatted broker storage in {} with cluster id {}", logDir, clusterId);
    }

    private synchronized void launch() {
        if (isRunning()) {
            return;
        }
        Instant started = Instant.now();
        markRun("starting broker");
        process = spawn(javaCommand(TetheredKafka.class.getName(),
                List.of(String.valueOf(ProcessHandle.current().pid()), serverProperties.toString())));
        awaitReady(started.plus(READY_TIMEOUT));
        log.info("broker {} ready at {} in {} ms (data {}, log {})", process.pid(), bootstrapServers(),
                Duration.between(started, Instant.now()).toMillis(), dataDir, brokerLog);
    }

    /** A port for every extra listener: the one an earlier start gave it when still free, else a new one. */
    private static Map<String, Integer> listenerPorts(Path serverProperties, BrokerPorts ports, BrokerExtras extras) {
        Set<Integer> taken = new HashSet<>(List.of(ports.client(), ports.controller()));
        Map<String, Integer> assigned = new LinkedHashMap<>();
        for (String name : extras.listeners().keySet()) {
            int port = ServerProperties.listenerPortIn(serverProperties, name)
                    .filter(earlier -> !taken.contains(earlier) && BrokerPorts.canBind(earlier))
                    .orElseGet(() -> BrokerPorts.freePort(taken));
            taken.add(port);
            assigned.put(name, port);
        }
        return Map.copyOf(assigned);
    }

    private List<String> javaCommand(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS");
        command.add("-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn");
        if (classpath.length() > MAX_INLINE_CLASSPATH) {
            command.add("@" + classpathArgFile());
        } else {
            command.add("-cp");
            command.add(classpath);
        }
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    private Path classpathArgFile() {
        Path argFile = dataDir.resolve("classpath.args");
        String quoted = "\"" + classpath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        try {
            Files.writeString(argFile, "-cp " + quoted + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + argFile, e);
        }
        return argFile;
    }

    private Process spawn(List<String> command) {
        try {
            return new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(brokerLog.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /** First the port must accept connections (quietly), then the broker must answer as a cluster member. */
    private void awaitReady(Instant deadline) {
        while (!portAccepts()) {
            checkAlive(deadline);
            sleep(Duration.ofMillis(100));
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            while (true) {
                checkAlive(deadline);
                if (hasLiveBroker(admin)) {
                    return;
                }
                sleep(Duration.ofMillis(200));
            }
        }
    }

    private boolean hasLiveBroker(Admin admin) {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                    .nodes().get(6, TimeUnit.SECONDS);
            return !nodes.isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    private void checkAlive(Instant deadline) {
        Process current = process;
        if (current == null || !current.isAlive()) {
            String exit = current == null ? "" : " (exit code " + current.exitValue() + ")";
            process = null;
            throw failure("the broker process exited during start-up" + exit);
        }
        if (Instant.now().isAfter(deadline)) {
            stop();
            throw failure("the broker did not answer at " + bootstrapServers() + " within " + READY_TIMEOUT.toSeconds() + " s");
        }
    }

    private boolean portAccepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), ports.client()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(what + "; from " + brokerLog + ":\n" + logExcerpt());
    }

    /** The errors of the latest run first (the cause is often far above the shutdown noise), then its last lines. */
    private String logExcerpt() {
        List<String> lines = latestRunLines();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size() && errors.size() < 2 * MAX_ERROR_LINES; i++) {
            if (lines.get(i).contains(" ERROR ") || lines.get(i).contains(" FATAL ")) {
                errors.add(lines.get(i));
                if (i + 1 < lines.size()) {
                    errors.add(lines.get(i + 1)); // usually the exception and its message
                }
            }
        }
        List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
        return (errors.isEmpty() ? "" : "errors:\n" + String.join("\n", errors) + "\n")
                + "last lines:\n" + String.join("\n", tail);
    }

    private List<String> latestRunLines() {
        try (SeekableByteChannel channel = Files.newByteChannel(brokerLog)) {
            // only the end of a log that may have grown over many restarts
            long start = Math.max(0, channel.size() - 256 * 1024);
            ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
            channel.position(start);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // keep reading
            }
            List<String> lines = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines().toList();
            int lastMarker = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(RUN_MARKER)) {
                    lastMarker = i;
                }
            }
            return lines.subList(lastMarker + 1, lines.size());
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }

    /** Separates the runs in the appended log, so an excerpt shows only the latest. */
    private void markRun(String what) {
        try {
            Files.writeString(brokerLog, RUN_MARKER + " " + what + " at " + Instant.now() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.debug("cannot mark {}", brokerLog, e);
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }
}
