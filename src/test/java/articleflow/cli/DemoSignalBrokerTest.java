package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.CommandProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --follow} stopped by a real SIGTERM (what Ctrl-C and orchestrators send) removes its temporary folder,
 * says where its broker listens on the first line of its output, for another shell, and starts without a warning.
 */
@Tag("broker")
@Timeout(240)
class DemoSignalBrokerTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheBootstrapServersAndRemoveItsTemporaryFolderOnSigterm() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        try (CommandProcess demo = CommandProcess.start(dir, "demo",
                Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp), "demo", "--follow", "--no-http")) {
            demo.awaitOutput("following;", Duration.ofSeconds(180));
            assertThat(demo.stdout().lines().findFirst()).hasValueSatisfying(
                    first -> assertThat(first).matches("bootstrap\\.servers=127\\.0\\.0\\.1:\\d+"));
            assertThat(CommandProcess.entriesStartingWith(tmp, "articleflow-demo-")).hasSize(1);
            // a normal start warns of nothing (Kafka Streams 4.4 warned of the global thread's exception handler)
            assertThat(demo.stderr()).doesNotContain("[WARN]").doesNotContain("[ERROR]");

            demo.stop(Duration.ofSeconds(60));

            assertThat(CommandProcess.entriesStartingWith(tmp, "articleflow-demo-")).as(demo.stdout() + demo.stderr()).isEmpty();
            assertThat(demo.stdout()).contains("embedded Kafka broker stopped");
        }
    }
}
