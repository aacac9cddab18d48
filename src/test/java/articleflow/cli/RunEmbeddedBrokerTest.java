package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.CommandProcess;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --embedded} says where its broker listens on its first line, and listens there again after a restart. */
@Tag("broker")
@Timeout(300)
class RunEmbeddedBrokerTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheBootstrapServersFirstAndKeepThePortInItsDataFolder() throws Exception {
        String first = bootstrapLineOfARun("run-1");
        String second = bootstrapLineOfARun("run-2");

        assertThat(first).matches("bootstrap\\.servers=127\\.0\\.0\\.1:\\d+");
        assertThat(second).isEqualTo(first);
    }

    private String bootstrapLineOfARun(String name) throws InterruptedException {
        try (CommandProcess run = CommandProcess.start(dir, name, "run", "--embedded", "--no-http",
                "--data-dir", dir.resolve("data").toString())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!run.stdout().contains("embedded Kafka broker at")) {
                if (!run.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("run --embedded did not start its broker:\n" + run.stdout() + run.stderr());
                }
                Thread.sleep(200);
            }
            String firstLine = run.stdout().lines().findFirst().orElseThrow();
            run.stop(Duration.ofSeconds(60));
            return firstLine;
        }
    }
}
