package articleflow.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.StreamsConfig;

/**
 * A stable {@code group.instance.id} for static group membership: made once and kept in the instance's state
 * directory, so the same instance restarted after a crash rejoins as itself and takes its partitions back at once,
 * while two instances (which never share a state directory) never share an id.
 */
final class InstanceId {

    private InstanceId() {
    }

    static String of(Properties streamsProps) {
        String appId = streamsProps.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        Object configured = streamsProps.get(StreamsConfig.STATE_DIR_CONFIG);
        Path stateDir = configured != null ? Path.of(configured.toString())
                : Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams");
        Path file = stateDir.resolve("articleflow-instance-" + appId + ".id");
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!id.isEmpty()) {
                    return id;
                }
            }
            Files.createDirectories(stateDir);
            String id = appId + "-" + UUID.randomUUID();
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the instance id in " + file, e);
        }
    }
}
