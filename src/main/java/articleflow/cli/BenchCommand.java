package articleflow.cli;

import articleflow.app.JobLauncher;
import articleflow.config.ArticleflowConfig;
import articleflow.app.ThroughputBench;
import articleflow.app.ThroughputBench.Result;
import articleflow.app.RawLine;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, header = "Measure streaming throughput against a bare pass-through topology on the same broker, in the same run.",
        description = "Uses an embedded broker unless --bootstrap-server is given; prints records/s for both and the ratio.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--records", defaultValue = "20000", description = "Articles per measured run (default ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--partitions", defaultValue = "4", description = "Partitions of the input topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--sources", defaultValue = "50", description = "Publishers the articles are spread over (default ${DEFAULT-VALUE}).")
    int sources;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        ArticleflowConfig settings = config.load();
        Path dir = null;
        JobLauncher broker = null;
        try {
            if (!settings.has("bootstrap.servers")) {
                dir = Files.createTempDirectory("articleflow-bench-");
                broker = new JobLauncher();
                settings = settings.with("bootstrap.servers", broker.startBrokerOnly(dir));
            }
            List<byte[][]> articles = articles(records, sources);
            ThroughputBench bench = new ThroughputBench(settings, partitions);
            System.out.printf("%d articles of about %d bytes over %d partitions, %s%n", records,
                    articles.get(0)[1].length, partitions, "exactly_once_v2");
            // both topologies once before timing, so the figures are of compiled code rather than of the JIT's work
            bench.run("warm-up", articles.subList(0, Math.min(2000, articles.size())), ThroughputBench::passThrough);
            bench.run("warm-up", articles.subList(0, Math.min(10000, articles.size())), bench::articleflow);
            Result ceiling = bench.run("pass-through", articles, ThroughputBench::passThrough);
            Result pipeline = bench.run("articleflow", articles, bench::articleflow);
            for (Result result : List.of(ceiling, pipeline)) {
                System.out.printf("%-13s %8.0f records/s  (%d in %.1f s)%n", result.name(), result.perSecond(),
                        result.records(), result.elapsed().toMillis() / 1000.0);
            }
            System.out.printf("articleflow runs at %.0f%% of the pass-through ceiling%n",
                    100 * pipeline.perSecond() / ceiling.perSecond());
            return 0;
        } finally {
            if (broker != null) {
                broker.close();
            }
            if (dir != null) {
                DemoCommand.deleteRecursively(dir);
            }
        }
    }

    /** Distinct articles built from the sample feed's texts, spread over sources and publish times. */
    static List<byte[][]> articles(int count, int sources) throws Exception {
        List<ObjectNode> templates = new ArrayList<>();
        try (var in = BenchCommand.class.getClassLoader().getResourceAsStream("samples/sample-feed.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                RawLine raw = RawLine.of(line);
                try {
                    ObjectNode node = (ObjectNode) articleflow.model.ArticleJson.mapper().readTree(line);
                    if (raw.key() == null && node.hasNonNull("source") && node.hasNonNull("body")) {
                        templates.add(node);
                    }
                } catch (Exception notAnArticle) {
                    // the feed's bad lines are not templates
                }
            }
        }
        List<byte[][]> articles = new ArrayList<>(count);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            ObjectNode article = templates.get(i % templates.size()).deepCopy();
            String id = "bench-" + i;
            article.put("id", id);
            article.put("source", "source-" + (i % sources));
            article.put("published_at", start.plusSeconds(37L * ((i * 7919L) % count)).toString());
            article.remove("updated_at");
            article.put("body", article.get("body").asText().replaceFirst("the ", "the " + i + " "));
            articles.add(new byte[][] {id.getBytes(StandardCharsets.UTF_8),
                    articleflow.model.ArticleJson.toBytes(article)});
        }
        return articles;
    }
}
