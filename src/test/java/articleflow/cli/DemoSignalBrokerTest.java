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
 * {@code demo --follow} stopped by Ctrl-C (SIGINT to it and to its broker, as a terminal sends it to the whole process
 * group) closes its job before the broker goes, without an error, and removes its temporary folder; it says where its
 * broker listens on the first line of its output, for another shell, and starts without a warning.
 */
@Tag("broker")
@Timeout(240)
class DemoSignalBrokerTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheBootstrapServersAndStopInOrderOnCtrlC() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        try (CommandProcess demo = CommandProcess.start(dir, "demo",
                Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp), "demo", "--follow", "--no-http")) {
            demo.awaitOutput("following;", Duration.ofSeconds(180));
            assertThat(demo.stdout().lines().findFirst()).hasValueSatisfying(
                    first -> assertThat(first).matches("bootstrap\\.servers=127\\.0\\.0\\.1:\\d+"));
            assertThat(CommandProcess.entriesStartingWith(tmp, "articleflow-demo-")).hasSize(1);
            // a normal start warns of nothing (Kafka Streams 4.4 warned of the global thread's exception handler)
            assertThat(demo.stderr()).doesNotContain("[WARN]").doesNotContain("[ERROR]");

            int exit = demo.interruptLikeATerminal(Duration.ofSeconds(60));

            assertThat(exit).isEqualTo(130);
            assertThat(CommandProcess.entriesStartingWith(tmp, "articleflow-demo-")).as(demo.stdout() + demo.stderr()).isEmpty();
            assertThat(demo.stdout()).contains("embedded Kafka broker stopped");
            // a broker that stopped at the same time left the job "missing source topics" and its close timed out
            assertThat(demo.stderr()).doesNotContain("[ERROR]").doesNotContain("close timed out");
        }
    }
}
