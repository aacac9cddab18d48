package articleflow.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker-compose creates the topics with topics/create-topics.sh, the application with
 * {@link TopicApplier}: both must read the same files the same way. The script runs here with
 * a fake kafka-topics.sh that records its arguments.
 */
class CreateTopicsScriptTest {

    @TempDir
    Path work;

    @Test
    void shouldCreateWithTheShellScriptExactlyWhatTheApplicationWouldCreate() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");

        Map<String, List<String>> calls = runScript(Path.of("topics"), "1");

        for (TopicSpec spec : TopicCatalog.fromFolder(Path.of("topics")).specs()) {
            List<String> expected = new ArrayList<>(List.of("--bootstrap-server", "kafka:9092", "--create", "--if-not-exists",
                    "--topic", spec.name(), "--partitions", String.valueOf(spec.partitions()), "--replication-factor", "1"));
            spec.configsFor(1).forEach((key, value) -> expected.addAll(List.of("--config", key + "=" + value)));
            assertThat(calls.get(spec.name())).as(spec.name()).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(calls).hasSize(3);
    }

    @Test
    void shouldKeepEachFilesReplicationFactorWhenNoneIsGiven() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");

        Map<String, List<String>> calls = runScript(Path.of("topics"), null);

        assertThat(String.join(" ", calls.get("articles.raw")))
                .contains("--replication-factor 3")
                .contains("--config min.insync.replicas=2");
    }

    /** Runs the script and returns the arguments of each --create call by topic. */
    private Map<String, List<String>> runScript(Path topicsDir, String replicationFactor) throws Exception {
        Path fake = work.resolve("kafka-topics.sh");
        Path record = work.resolve("calls.txt");
        Files.writeString(fake, "#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\" >> '" + record + "'; done\n"
                + "echo --- >> '" + record + "'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "topics/create-topics.sh", topicsDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("out.txt").toFile());
        builder.environment().put("KAFKA_TOPICS", fake.toString());
        builder.environment().remove("BOOTSTRAP_SERVERS");
        if (replicationFactor == null) {
            builder.environment().remove("REPLICATION_FACTOR");
        } else {
            builder.environment().put("REPLICATION_FACTOR", replicationFactor);
        }
        Process script = builder.start();
        assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).as(Files.readString(work.resolve("out.txt"))).isZero();

        Map<String, List<String>> calls = new LinkedHashMap<>();
        List<String> call = new ArrayList<>();
        for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
            if (!line.equals("---")) {
                call.add(line);
                continue;
            }
            if (call.contains("--create")) {
                calls.put(call.get(call.indexOf("--topic") + 1), call);
            }
            call = new ArrayList<>();
        }
        return calls;
    }
}
