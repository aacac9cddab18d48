package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code run} without a reachable cluster ends quickly with a message an operator can act on, never a hang. */
class RunCommandTest {

    private record Outcome(int exitCode, String stderr, Duration took) {
    }

    @Test
    @Timeout(10)
    void shouldRefuseToRunWithoutAConfiguredCluster() {
        assumeTrue(System.getenv("ARTICLEFLOW_BOOTSTRAP_SERVERS") == null, "the environment names a cluster");

        Outcome outcome = run("run", "--no-http"); // the cluster check, whatever holds port 8080 here

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.stderr()).contains("no cluster configured").contains("bootstrap.servers").contains("--embedded");
    }

    /** The cluster check gives up after 15 s: slow for a unit test, but it is the behaviour an operator sees. */
    @Test
    @Timeout(40)
    void shouldFailWithinSecondsWhenNothingListensAtTheBootstrapServers() {
        Outcome outcome = run("run", "--no-http", "--bootstrap-servers", "127.0.0.1:1");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.stderr()).contains("cannot reach the Kafka cluster at 127.0.0.1:1");
        assertThat(outcome.took()).isLessThan(Duration.ofSeconds(20));
    }

    private static Outcome run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        long started = System.nanoTime();
        int exitCode;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exitCode = Main.commandLine().execute(args);
        } finally {
            System.setErr(original);
        }
        return new Outcome(exitCode, captured.toString(StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - started));
    }
}
