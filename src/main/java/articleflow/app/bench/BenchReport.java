package articleflow.app.bench;

import articleflow.model.ArticleJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A bench's figures, side by side: as a Markdown table for people and as JSON (with the pipeline's share of the
 * pass-through rate as a top-level {@code ratio}) for scripts that compare runs.
 */
public record BenchReport(BenchOptions options, Map<String, String> streamsConfig, RunResult passThrough,
                          RunResult pipeline, Map<String, RunResult> levers, LatencyResult latency) {

    /** The pipeline's input rate as a share of the pass-through's, on the same feed (records, so bytes too). */
    public double ratio() {
        return pipeline.recordsPerSecond() / passThrough.recordsPerSecond();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%,d articles of about %,d bytes, %.0f%% HTML, %d partitions, %s%n%n", options.articles(),
                options.bodyBytes(), options.htmlShare() * 100, options.partitions(), options.guarantee()));
        List<RunResult> runs = runs();
        out.append("| | pass-through | articleflow |");
        levers.keySet().forEach(lever -> out.append(" articleflow + `").append(lever).append("` |"));
        out.append("\n|---|").append("---:|".repeat(runs.size())).append("\n");
        row(out, "articles (records)", run -> String.format("%,d (%,d)", run.articles(), run.records()));
        row(out, "seconds", run -> String.format("%.1f", run.seconds()));
        row(out, "articles/s", run -> String.format("%,.0f", run.articlesPerSecond()));
        row(out, "MB/s in", run -> String.format("%.2f", run.megabytesPerSecondIn()));
        row(out, "share of pass-through", run -> String.format("%.1f%%", 100 * run.recordsPerSecond() / passThrough.recordsPerSecond()));
        row(out, "job CPU s / 1,000 articles", run -> String.format("%.2f", run.jobCpuPerThousand()));
        row(out, "&nbsp;&nbsp;of which JIT compiling", run -> Double.isNaN(run.jitSeconds()) ? "n/a"
                : String.format("%.2f", run.jitPerThousand()));
        row(out, "broker CPU s / 1,000 articles", run -> String.format("%.2f", run.brokerCpuPerThousand()));
        row(out, "revisions per article", run -> String.format("%.2f", run.revisionsPerArticle()));
        row(out, "peak heap MB (sampled)", run -> String.format("%.0f", run.peakHeapBytes() / 1e6));
        row(out, "state on disk, MB per 100,000 articles", run -> String.format("%,.0f", run.stateMegabytesPer100k()));
        row(out, "bytes to Kafka per article, all topics", run -> String.format("%,d", run.bytesWrittenPerArticle()));
        for (String topic : topics()) {
            row(out, "&nbsp;&nbsp;" + topic, run -> String.format("%,d", run.bytesPerArticle(topic)));
        }
        row(out, "load average before / after", run -> run.loadBefore() + " / " + run.loadAfter());
        out.append(String.format("%narticleflow at **%.1f%%** of the pass-through rate%n", 100 * ratio()));
        if (latency != null) {
            out.append(String.format("%nLatency at %,.0f records/s (%,.0f articles/s) offered for %.0f s, open loop: "
                            + "p50 %.0f ms, p99 %.0f ms, max %.0f ms (%,d of %,d articles seen); the first %d s of "
                            + "sends (%,d articles, the application starting) not counted: their p99 %.0f ms%n",
                    latency.offeredRecordsPerSecond(), latency.offeredArticlesPerSecond(), latency.seconds(),
                    latency.p50Millis(), latency.p99Millis(), latency.maxMillis(), latency.seen(), latency.articles(),
                    LatencyProbe.LEAD_IN_SECONDS, latency.leadInArticles(), latency.leadInP99Millis()));
        }
        for (RunResult run : runs()) {
            if (run.seconds() < BenchOptions.MIN_RUN_SECONDS) {
                out.append(String.format("%nwarning: %s ran %.1f s, under the %d s a figure needs%n", run.name(),
                        run.seconds(), BenchOptions.MIN_RUN_SECONDS));
            }
        }
        return out.toString();
    }

    private List<RunResult> runs() {
        List<RunResult> runs = new ArrayList<>(List.of(passThrough, pipeline));
        runs.addAll(levers.values());
        return runs;
    }

    private TreeSet<String> topics() {
        TreeSet<String> topics = new TreeSet<>();
        runs().forEach(run -> topics.addAll(run.bytesByTopic().keySet()));
        return topics;
    }

    private void row(StringBuilder out, String label, Function<RunResult, String> cell) {
        out.append("| ").append(label).append(" |");
        runs().forEach(run -> out.append(' ').append(cell.apply(run)).append(" |"));
        out.append('\n');
    }

    public ObjectNode json() {
        ObjectNode root = ArticleJson.mapper().createObjectNode();
        root.put("ratio", ratio());
        ObjectNode opts = root.putObject("options");
        opts.put("articles", options.articles());
        opts.put("size", options.bodyBytes());
        opts.put("html_share", options.htmlShare());
        opts.put("guarantee", options.guarantee());
        opts.put("partitions", options.partitions());
        opts.put("sources", options.sources());
        opts.put("seed", options.seed());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        ObjectNode streams = root.putObject("streams_config");
        streamsConfig.forEach(streams::put);
        root.set("pass_through", json(passThrough));
        root.set("articleflow", json(pipeline));
        ObjectNode leverRuns = root.putObject("levers");
        levers.forEach((lever, run) -> {
            ObjectNode node = json(run);
            node.put("ratio", run.recordsPerSecond() / passThrough.recordsPerSecond());
            leverRuns.set(lever, node);
        });
        if (latency != null) {
            ObjectNode lat = root.putObject("latency");
            lat.put("offered_records_per_s", latency.offeredRecordsPerSecond());
            lat.put("offered_articles_per_s", latency.offeredArticlesPerSecond());
            lat.put("seconds", latency.seconds());
            lat.put("articles", latency.articles());
            lat.put("seen", latency.seen());
            lat.put("p50_ms", latency.p50Millis());
            lat.put("p99_ms", latency.p99Millis());
            lat.put("max_ms", latency.maxMillis());
            lat.put("lead_in_seconds", LatencyProbe.LEAD_IN_SECONDS);
            lat.put("lead_in_articles", latency.leadInArticles());
            lat.put("lead_in_p99_ms", latency.leadInP99Millis());
        }
        return root;
    }

    private static ObjectNode json(RunResult run) {
        ObjectNode node = ArticleJson.mapper().createObjectNode();
        node.put("articles", run.articles());
        node.put("records", run.records());
        node.put("seconds", run.seconds());
        node.put("articles_per_s", run.articlesPerSecond());
        node.put("records_per_s", run.recordsPerSecond());
        node.put("mb_per_s_in", run.megabytesPerSecondIn());
        node.put("job_cpu_s_per_1000_articles", run.jobCpuPerThousand());
        if (!Double.isNaN(run.jitSeconds())) {
            node.put("jit_s_per_1000_articles", run.jitPerThousand());
        }
        node.put("broker_cpu_s_per_1000_articles", run.brokerCpuPerThousand());
        node.put("revisions_per_article", run.revisionsPerArticle());
        node.put("peak_heap_bytes", run.peakHeapBytes());
        node.put("state_bytes", run.stateBytes());
        node.put("state_mb_per_100000_articles", run.stateMegabytesPer100k());
        node.put("bytes_per_article", run.bytesWrittenPerArticle());
        ObjectNode topics = node.putObject("bytes_per_article_by_topic");
        run.bytesByTopic().keySet().forEach(topic -> topics.put(topic, run.bytesPerArticle(topic)));
        node.put("load_before", run.loadBefore());
        node.put("load_after", run.loadAfter());
        return node;
    }
}
