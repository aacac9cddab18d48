package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.app.bench.BenchOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    private static BenchOptions parse(String... args) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    @Test
    void shouldRunTheDefaultBenchWithExactlyOnceOnGeneratedFourKilobyteArticles() {
        BenchOptions options = parse();

        assertThat(options.guarantee()).isEqualTo("exactly_once_v2");
        assertThat(options.bodyBytes()).isEqualTo(4096);
        assertThat(options.partitions()).isEqualTo(4);
        assertThat(options.latency()).isTrue();
        assertThat(options.latencyRate()).as("half the measured rate").isZero();
    }

    @Test
    void shouldTakeEveryOption() {
        BenchOptions options = parse("--articles", "1234", "--size", "2048", "--html-share", "0.5", "--guarantee",
                "at_least_once", "--partitions", "2", "--sources", "7", "--seed", "9", "--no-latency", "--latency-rate", "80",
                "--lever", "articleflow.store.caching=true");

        assertThat(options).isEqualTo(new BenchOptions(1234, 2048, 0.5, "at_least_once", 2, 7, 9, false, 80,
                java.util.Map.of("articleflow.store.caching", "true")));
    }

    @Test
    void shouldKeepRecordsAsAnAliasOfArticles() {
        assertThat(parse("--records", "500").articles()).isEqualTo(500);
    }

    @Test
    void shouldCallAValueOutOfRangeAUsageError() {
        assertThat(new CommandLine(new BenchCommand()).execute("--guarantee", "bogus")).isEqualTo(2);
        assertThat(new CommandLine(new BenchCommand()).execute("--html-share", "2")).isEqualTo(2);
        assertThat(new CommandLine(new BenchCommand()).execute("--articles", "0")).isEqualTo(2);
        assertThat(new CommandLine(new BenchCommand()).execute("--latency-rate", "-5")).isEqualTo(2);
        assertThat(new CommandLine(new BenchCommand()).execute("--latency-rate", "NaN")).isEqualTo(2);
    }
}
