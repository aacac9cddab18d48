package articleflow.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.app.OfflinePipeline;
import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.model.EnrichedArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every record of the hostile corpus, keyed as a publisher would send it, through the topology as {@code enrich}
 * runs it: each is enriched safely or dead-lettered with the reason the manifest names, and none takes more than a
 * second of CPU (input caps and linear-time algorithms, not a benchmark: the bound is far above what they need).
 */
class HostileCorpusTest {

    private static final Duration PER_RECORD = Duration.ofSeconds(1);
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @TempDir
    static Path stateDir;

    private static final List<HostileCorpus.Entry> CORPUS = HostileCorpus.load();
    private static final Map<Long, OfflinePipeline.DeadLetter> LETTERS = new HashMap<>();
    private static final Map<String, Long> OFFSETS = new HashMap<>();
    private static final Map<String, Duration> TIMES = new HashMap<>();
    private static OfflinePipeline pipeline;
    private static String log;

    @BeforeAll
    static void sendTheCorpus() {
        pipeline = new OfflinePipeline(ArticleflowConfig.defaults(), stateDir, PipelineEvents.NONE,
                letter -> LETTERS.put(letter.offset(), letter));
        // once to warm the code up, under other ids, so the times below are of compiled code
        pipeline.pipe("warm-up".getBytes(), CORPUS.get(CORPUS.size() - 1).value(), Instant.now());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (HostileCorpus.Entry entry : CORPUS) {
                // CPU time of this thread, which runs the whole topology (the test driver is synchronous): the
                // work a record costs, not how busy the machine running the tests is
                long started = CPU.getCurrentThreadCpuTime();
                OFFSETS.put(entry.name(), pipeline.pipe(entry.key(), entry.value(), Instant.parse("2024-05-01T09:00:00Z")));
                TIMES.put(entry.name(), Duration.ofNanos(CPU.getCurrentThreadCpuTime() - started));
            }
        } finally {
            System.setErr(original);
        }
        log = captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldLogEveryHostileRecordInBoundedEscapedLines() {
        assertThat(log).contains("dead-lettered");
        assertThat(log.lines()).allSatisfy(line -> {
            assertThat(line.length()).isLessThan(1000);
            assertThat(line).doesNotContain("\u001b").doesNotContain("\u202e");
            assertThat(line).doesNotStartWith("forged log line");
        });
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    @TestFactory
    Stream<DynamicTest> shouldEnrichSafelyOrDeadLetterEachRecordWithItsReason() {
        return CORPUS.stream().map(entry -> DynamicTest.dynamicTest(entry.name(), () -> {
            OfflinePipeline.DeadLetter letter = LETTERS.get(OFFSETS.get(entry.name()));
            if (entry.expected().enriched()) {
                assertThat(letter).as("dead letter").isNull();
                EnrichedArticle article = pipeline.latest(entry.keyText());
                assertThat(article).as("enriched record").isNotNull();
                assertThat(OutputSafety.problems(article)).isEmpty();
                Checks.verify(entry.checks(), article);
            } else {
                assertThat(letter).as("dead letter").isNotNull();
                assertThat(letter.reason()).as(letter.message()).isEqualTo(entry.expected().reason());
                if (entry.keyText() != null) {
                    assertThat(pipeline.latest(entry.keyText())).isNull();
                }
            }
            assertThat(TIMES.get(entry.name())).isLessThan(PER_RECORD);
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldHoldAtLeastFortyRecordsOfEveryKindTheIssueNames() {
        List<String> names = new ArrayList<>(CORPUS.stream().map(HostileCorpus.Entry::name).toList());
        return Stream.of(DynamicTest.dynamicTest("corpus size", () -> assertThat(names).hasSizeGreaterThanOrEqualTo(40)),
                DynamicTest.dynamicTest("names unique", () -> assertThat(names).doesNotHaveDuplicates()));
    }
}
