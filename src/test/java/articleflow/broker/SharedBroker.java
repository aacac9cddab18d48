package articleflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One real broker for the whole test run, started on first use (a start costs seconds, so
 * never one per test class) and stopped, with its temporary data, when the test JVM exits.
 *
 * <p>Tests share it, so each names its own topics and application ids with {@link #uniqueName}
 * and never stops or kills it; a test of crashes starts its own {@link EmbeddedBroker}.
 */
public final class SharedBroker {

    private static EmbeddedBroker broker;

    private SharedBroker() {
    }

    /** The running shared broker, started now if this is the first call. */
    public static synchronized EmbeddedBroker get() {
        if (broker == null) {
            Path dataDir = temporaryFolder();
            broker = EmbeddedBroker.start(dataDir);
            EmbeddedBroker started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteRecursively(dataDir);
            }, "shared-broker-cleanup"));
        }
        return broker;
    }

    public static String bootstrapServers() {
        return get().bootstrapServers();
    }

    /** A new Admin client on the shared broker, with bounded timeouts; close it after use. */
    public static Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** {@code base} plus a random suffix: topic names and application ids that no other test uses. */
    public static String uniqueName(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("articleflow-test-broker-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing a test run for
        }
    }
}
