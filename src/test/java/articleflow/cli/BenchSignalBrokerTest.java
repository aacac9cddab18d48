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
 * {@code bench} stopped by a real SIGTERM (what Ctrl-C and orchestrators send) in the middle of a run says so in one
 * line and leaves no folder behind: not its embedded broker's log, not the job's state.
 */
@Tag("broker")
@Timeout(180)
class BenchSignalBrokerTest {

    @TempDir
    Path dir;

    @Test
    void shouldStopItsBrokerAndRemoveEveryFolderOnSigterm() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        try (CommandProcess bench = CommandProcess.start(dir, "bench",
                Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp), "bench", "--articles", "300", "--no-latency")) {
            bench.awaitOutput("warming up", Duration.ofSeconds(120));
            assertThat(CommandProcess.entriesStartingWith(tmp, "articleflow-bench-")).isNotEmpty();

            bench.stop(Duration.ofSeconds(60));

            assertThat(CommandProcess.entriesStartingWith(tmp, "articleflow-bench-")).as(bench.stdout() + bench.stderr()).isEmpty();
            // one line of ours: not also the failure of the run whose folders the hooks removed under it
            assertThat(bench.stderr().lines().filter(line -> line.startsWith("articleflow:")))
                    .containsExactly("articleflow: bench interrupted; no figures");
        }
    }
}
