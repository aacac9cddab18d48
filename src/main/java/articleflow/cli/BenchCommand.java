package articleflow.cli;

import articleflow.app.JobLauncher;
import articleflow.app.TemporaryFolder;
import articleflow.app.bench.BenchOptions;
import articleflow.app.bench.BenchReport;
import articleflow.app.bench.StreamingBench;
import articleflow.config.ArticleflowConfig;
import articleflow.model.ArticleJson;
import articleflow.topology.StreamsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure the streaming job against a bare pass-through topology on the same broker, in the same run.",
        description = {"On a generated feed: rate, CPU of the job and of the broker, bytes written per topic, revisions, "
                + "heap, and end-to-end latency at half the measured rate.",
                "Uses an embedded broker unless --bootstrap-server is given (broker CPU is then not measured)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = {"--articles", "--records"}, defaultValue = "10000",
            description = "Articles in the pipeline's measured run (default ${DEFAULT-VALUE}); the pass-through gets "
                    + "as many copies of the feed as it needs to run at least 20 s.")
    int articles;

    @Option(names = "--size", defaultValue = "4096", paramLabel = "BYTES", description = "About how long each body is (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--html-share", defaultValue = "0.2", paramLabel = "F", description = "Share of articles sent as HTML pages (default ${DEFAULT-VALUE}).")
    double htmlShare;

    @Option(names = "--guarantee", defaultValue = BenchOptions.EXACTLY_ONCE,
            description = "exactly_once_v2 or at_least_once, for both topologies (default ${DEFAULT-VALUE}).")
    String guarantee;

    @Option(names = "--partitions", defaultValue = "4", description = "Partitions of the input topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--sources", defaultValue = "50", description = "Publishers the articles are spread over (default ${DEFAULT-VALUE}).")
    int sources;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated feed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-latency", description = "Skip the latency run at half load.")
    boolean noLatency;

    @Option(names = "--latency-rate", paramLabel = "ARTICLES_PER_S", defaultValue = "0",
            description = "Articles per second the latency run offers (default: half the pipeline's measured rate). "
                    + "A fixed rate compares two versions at the same load.")
    double latencyRate;

    @Option(names = "--lever", paramLabel = "KEY=VALUE",
            description = "A setting to measure: after the plain pipeline run, another with this setting on top, on the "
                    + "same feed and broker (repeatable, one run per lever).")
    Map<String, String> levers = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON (top-level \"ratio\").")
    Path out;

    @Mixin
    ConfigOptions config;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    BenchOptions options() {
        try {
            return new BenchOptions(articles, size, htmlShare, guarantee, partitions, sources, seed, !noLatency,
                    latencyRate, levers);
        } catch (IllegalArgumentException badOption) {
            // a value out of range is a usage error (exit 2), like a value of the wrong type
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), badOption.getMessage());
        }
    }

    /**
     * A lever Kafka Streams would refuse (an unknown articleflow.* key, a value of the wrong type or out of range)
     * fails now, not after the broker started and the first runs took minutes.
     */
    private static void requireUsableLever(ArticleflowConfig settings, String key, String value) {
        Properties props = StreamsSettings.of(settings.with(key, value));
        // the embedded broker's address is not known yet; any address lets the rest be checked
        props.putIfAbsent(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        new StreamsConfig(props);
    }

    @Override
    public Integer call() throws Exception {
        BenchOptions options = options();
        // a bench takes minutes: a --out it cannot write must fail now, not after the run
        DataError.requireOutputFolder(out, "--out");
        DataError.requireWritable(out, "--out");
        ArticleflowConfig settings = config.load();
        for (Map.Entry<String, String> lever : levers.entrySet()) {
            requireUsableLever(settings, lever.getKey(), lever.getValue());
        }
        // without a cluster, an embedded broker in a temporary folder
        JobLauncher broker = settings.has("bootstrap.servers") ? null : new JobLauncher();
        TemporaryFolder brokerFolder = null;
        try {
            if (broker != null) {
                // on Ctrl-C or SIGTERM too: the broker stops, then its log goes
                brokerFolder = TemporaryFolder.create("articleflow-bench-", () -> "articleflow: bench interrupted; no figures",
                        broker::close);
                settings = settings.with("bootstrap.servers", broker.startBrokerOnly(brokerFolder.path()));
            }
            StreamingBench bench = new StreamingBench(settings, options,
                    () -> broker == null ? 0 : broker.broker().pid(), System.out);
            System.out.println("StreamsConfig of both topologies (application id and topic names aside):");
            bench.streamsConfig().forEach((key, value) -> System.out.println("  " + key + "=" + value));
            BenchReport report = bench.run();
            System.out.println();
            System.out.print(report.markdown());
            if (out != null) {
                Files.writeString(out, ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.json()) + "\n");
            }
            return 0;
        } finally {
            if (brokerFolder != null) {
                brokerFolder.close();
            }
        }
    }
}
