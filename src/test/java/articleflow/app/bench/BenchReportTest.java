package articleflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final BenchOptions OPTIONS = new BenchOptions(1000, 4096, 0.2, BenchOptions.EXACTLY_ONCE, 4, 50, 42, true, 0, Map.of());

    private static BenchReport report() {
        RunResult pass = new RunResult("pass-through", 20_000, 28_000, 100_000_000, 20.0, 10.0, 0.2, 8.0,
                Map.of("in", 110_000_000L, "out", 110_000_000L), 28_000, 200_000_000, 0, "1.0 1.0 1.0", "2.0 1.0 1.0");
        RunResult pipeline = new RunResult("articleflow", 1000, 1400, 5_000_000, 25.0, 20.0, 6.0, 5.0,
                Map.of("in", 5_500_000L, "out", 12_000_000L, "articles-changelog", 9_000_000L), 2500, 300_000_000,
                40_000_000, "2.0 1.0 1.0", "3.0 1.0 1.0");
        LatencyResult latency = new LatencyResult(28, 20, 30.0, 500, 500, 120.0, 450.0, 700.0, 100, 1200.0);
        RunResult cached = new RunResult("lever-0", 1000, 1400, 5_000_000, 20.0, 16.0, Double.NaN, 4.0,
                Map.of("in", 5_500_000L, "out", 12_000_000L, "articles-changelog", 3_000_000L), 2000, 300_000_000,
                40_000_000, "2.0 1.0 1.0", "3.0 1.0 1.0");
        return new BenchReport(OPTIONS, Map.of("processing.guarantee", "exactly_once_v2"), pass, pipeline,
                Map.of("articleflow.store.caching", cached), latency);
    }

    @Test
    void shouldGiveTheRatioOfInputRatesAtTheTopOfTheJson() {
        JsonNode json = report().json();

        // 1,400 records in 25 s against 28,000 in 20 s
        assertThat(json.get("ratio").asDouble()).isCloseTo(56.0 / 1400, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.get("streams_config").get("processing.guarantee").asText()).isEqualTo("exactly_once_v2");
        assertThat(json.get("options").get("guarantee").asText()).isEqualTo("exactly_once_v2");
    }

    @Test
    void shouldReportEveryPromisedFigureForBothRuns() {
        JsonNode json = report().json();

        for (String run : new String[] {"pass_through", "articleflow"}) {
            assertThat(json.get(run).fieldNames()).toIterable().contains("articles_per_s", "mb_per_s_in",
                    "job_cpu_s_per_1000_articles", "broker_cpu_s_per_1000_articles", "bytes_per_article_by_topic",
                    "revisions_per_article", "peak_heap_bytes", "seconds", "load_before", "load_after");
        }
        JsonNode pipeline = json.get("articleflow");
        assertThat(pipeline.get("articles_per_s").asDouble()).isEqualTo(40.0);
        assertThat(pipeline.get("job_cpu_s_per_1000_articles").asDouble()).isEqualTo(20.0);
        assertThat(pipeline.get("jit_s_per_1000_articles").asDouble()).as("6 s of compiling for 1,000 articles").isEqualTo(6.0);
        assertThat(json.get("levers").get("articleflow.store.caching").has("jit_s_per_1000_articles"))
                .as("not measured").isFalse();
        assertThat(pipeline.get("revisions_per_article").asDouble()).isEqualTo(2.5);
        assertThat(pipeline.get("bytes_per_article_by_topic").get("articles-changelog").asLong()).isEqualTo(9000);
        assertThat(pipeline.get("state_mb_per_100000_articles").asDouble()).as("40 MB for 1,000 articles")
                .isEqualTo(4000.0);
        assertThat(json.get("latency").get("p99_ms").asDouble()).isEqualTo(450.0);
        assertThat(json.get("levers").get("articleflow.store.caching").get("ratio").asDouble()).isCloseTo(0.05,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.get("latency").fieldNames()).toIterable().contains("p50_ms", "max_ms", "offered_records_per_s");
        assertThat(json.get("latency").get("lead_in_p99_ms").asDouble()).isEqualTo(1200.0);
        assertThat(json.get("latency").get("lead_in_articles").asInt()).isEqualTo(100);
    }

    @Test
    void shouldSayWhatTheLeadInLeftOutOfTheLatency() {
        assertThat(report().markdown()).contains("p99 450 ms, max 700 ms (500 of 500 articles seen); the first 5 s of "
                + "sends (100 articles, the application starting) not counted: their p99 1200 ms");
    }

    @Test
    void shouldCountOnlyTheArticlesDueAfterTheLeadInAndReportTheLeadInsP99Apart() {
        // at 10 articles/s, ids 0-49 are due in the 5 s lead-in (slow: the application starting), 50-99 after it
        Map<String, Long> due = new java.util.HashMap<>();
        Map<String, Long> latency = new java.util.HashMap<>();
        for (int i = 0; i < 100; i++) {
            due.put("a" + i, i * 100_000_000L);
            if (i != 99) { // the last never arrived
                latency.put("a" + i, (i < 50 ? 2_000 + i : 100 + i) * 1_000_000L);
            }
        }

        LatencyResult result = LatencyProbe.result(15, due, latency, 5_000_000_000L, 10.0);

        assertThat(result.leadInArticles()).isEqualTo(50);
        assertThat(result.leadInP99Millis()).isEqualTo(2049.0);
        assertThat(result.articles()).isEqualTo(50);
        assertThat(result.seen()).isEqualTo(49);
        assertThat(result.p50Millis()).isEqualTo(174.0);
        assertThat(result.maxMillis()).isEqualTo(198.0);
        assertThat(result.offeredArticlesPerSecond()).isEqualTo(10.0);
    }

    @Test
    void shouldPrintBothTopologiesSideBySideWithEveryTopic() {
        String table = report().markdown();

        assertThat(table).contains("| | pass-through | articleflow |", "| articles/s | 1,000 | 40 |",
                "| job CPU s / 1,000 articles | 0.50 | 20.00 | 16.00 |", "| &nbsp;&nbsp;of which JIT compiling | 0.01 | 6.00 | n/a |", "| revisions per article | 1.40 | 2.50 | 2.00 |",
                "articles-changelog | 0 | 9,000 | 3,000 |", "articleflow + `articleflow.store.caching` |", "| share of pass-through | 100.0% | 4.0% | 5.0% |", "p99 450 ms", "**4.0%**",
                "| state on disk, MB per 100,000 articles | 0 | 4,000 | 4,000 |");
    }

    @Test
    void shouldWarnWhenARunIsTooShortToBeAFigure() {
        RunResult quick = new RunResult("pass-through", 20_000, 28_000, 1, 2.0, 1, 0, 1, Map.of(), 1, 1, 0, "", "");
        BenchReport report = new BenchReport(OPTIONS, Map.of(), quick, report().pipeline(), Map.of(), null);

        assertThat(report.markdown()).contains("warning: pass-through ran 2.0 s").doesNotContain("Latency");
        assertThat(report.json().has("latency")).isFalse();
    }

    @Test
    void shouldRefuseAGuaranteeKafkaDoesNotOffer() {
        assertThatThrownBy(() -> new BenchOptions(10, 4096, 0.2, "exactly_once", 4, 50, 1, false, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly_once_v2");
    }

    @Test
    void shouldTakeTheNearestRankPercentile() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        assertThat(LatencyProbe.percentile(nanos, 0.50)).isEqualTo(50.0);
        assertThat(LatencyProbe.percentile(nanos, 0.99)).isEqualTo(99.0);
        assertThat(LatencyProbe.percentile(new long[0], 0.99)).isNaN();
    }
}
