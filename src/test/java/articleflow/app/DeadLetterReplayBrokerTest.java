package articleflow.app;

import static articleflow.app.BrokerPipeline.article;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.BrokerTest;
import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.model.EnrichedArticle;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dlq replay} on a real broker, over a letter of every reason: only letters whose cause is fixed go back,
 * each is counted once, none rolls an article back or brings a withdrawn one back, a second replay sends nothing,
 * and progress never passes a letter that could not be sent.
 */
@BrokerTest
class DeadLetterReplayBrokerTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(90);
    private static final String SMALL_LIMIT = "4096";
    private static final String RAISED_LIMIT = "65536";

    @TempDir
    Path stateDir;

    private static ObjectNode withBody(ObjectNode article, int bytes) {
        return article.put("body", "The crane lifted the new span into place. ".repeat(bytes / 42 + 1));
    }

    @Test
    void shouldReplayOnlyFixedLettersAndNeverRollAnArticleBack() throws Exception {
        try (BrokerPipeline pipeline = BrokerPipeline.create("replay-every-reason", stateDir, 2,
                config -> config.with(ArticleflowConfig.MAX_BODY_BYTES, SMALL_LIMIT));
             OutputLog enriched = pipeline.enriched();
             OutputLog deadLetters = pipeline.deadLetters()) {
            StreamingJob job = pipeline.startJob();
            String source = "bridge-bulletin";
            // too large now, fine once the limit is raised
            pipeline.produceArticle(withBody(article("bb-span", source, "2024-05-01T08:00:00Z", "the span"), 6000));
            // too large, then corrected: the replay is older than the correction
            pipeline.produceArticle(withBody(article("bb-deck", source, "2024-05-02T08:00:00Z", "the deck"), 6000));
            pipeline.produceArticle(article("bb-deck", source, "2024-05-02T08:00:00Z", "the deck, corrected"));
            // too large, then withdrawn: it must stay withdrawn
            pipeline.produceArticle(withBody(article("bb-pier", source, "2024-05-03T08:00:00Z", "the pier"), 6000));
            pipeline.produce("bb-pier", (String) null);
            // refused for causes a setting does not fix
            pipeline.produce("bb-broken", "{\"id\": \"bb-broken\", \"source\": \"" + source + "\", \"body\": \"unterminated");
            pipeline.produce("bb-nosource", "{\"id\": \"bb-nosource\", \"body\": \"Text.\"}");
            pipeline.produce("bb-empty", "{\"id\": \"bb-empty\", \"source\": \"" + source
                    + "\", \"content_type\": \"text/html\", \"body\": \"<html><body><script>x()</script></body></html>\"}");
            pipeline.produce("bb-other-key", article("bb-mismatch", source, "2024-05-04T08:00:00Z", "the ramp").toString());
            pipeline.produce("bb-badtime", article("bb-badtime", source, "yesterday", "the toll").toString());
            pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
            assertThat(deadLetters.readToEnd(IDLE_TIMEOUT)).isTrue();
            assertThat(deadLetters.records()).hasSize(8);
            Map<String, EnrichedArticle> before = enriched.latestById();
            assertThat(before.get("bb-deck").title()).isEqualTo("News about the deck, corrected");
            int recordsBefore = enriched.records().size();
            job.close();

            // the operator raises the limit, restarts the job, and replays
            ArticleflowConfig raised = pipeline.config().with(ArticleflowConfig.MAX_BODY_BYTES, RAISED_LIMIT);
            try (StreamingJob again = new StreamingJob(raised, PipelineEvents.NONE)) {
                again.start();
                assertThat(again.awaitRunning(BrokerPipeline.RUNNING_TIMEOUT)).isTrue();

                DeadLetterReplay.Report first = new DeadLetterReplay(raised).run(null, false, false);
                assertThat(first.sent()).isEqualTo(Map.of("too_large", 3));
                assertThat(first.stillRefused()).isEqualTo(Map.of("invalid_json", 1, "missing_field", 1,
                        "empty_text", 1, "key_mismatch", 1, "bad_timestamp", 1));
                assertThat(first.notReplayable()).isEmpty();
                assertThat(first.failure()).isNull();
                pipeline.awaitIdle(enriched, IDLE_TIMEOUT);

                Map<String, EnrichedArticle> after = enriched.latestById();
                assertThat(after.get("bb-span")).as("fixed and published").isNotNull();
                assertThat(after.get("bb-span").text()).startsWith("The crane lifted");
                assertThat(after.get("bb-deck").title()).as("not rolled back").isEqualTo(before.get("bb-deck").title());
                assertThat(after.get("bb-deck").text()).isEqualTo(before.get("bb-deck").text());
                assertThat(after.get("bb-pier")).as("still withdrawn").isNull();
                List<String> newRecords = enriched.records().subList(recordsBefore, enriched.records().size()).stream()
                        .map(OutputLog::key).toList();
                assertThat(newRecords).as("the fixed article and its neighbours change, nothing else")
                        .contains("bb-span").doesNotContain("bb-pier");
                assertThat(deadLetters.readToEnd(IDLE_TIMEOUT)).isTrue();
                assertThat(deadLetters.records()).as("no fresh letters for causes left unfixed").hasSize(8);

                DeadLetterReplay.Report second = new DeadLetterReplay(raised).run(null, false, false);
                assertThat(second.sentTotal()).isZero();
                assertThat(second.stillRefused()).isEmpty();
            }
        }
    }

    @Test
    void shouldNotPassALetterItCouldNotSend() throws Exception {
        try (BrokerPipeline pipeline = BrokerPipeline.create("replay-stops", stateDir, 1,
                config -> config.with(ArticleflowConfig.MAX_BODY_BYTES, SMALL_LIMIT));
             OutputLog enriched = pipeline.enriched();
             OutputLog deadLetters = pipeline.deadLetters()) {
            StreamingJob job = pipeline.startJob();
            pipeline.produceArticle(withBody(article("rs-1", "s", "2024-05-01T08:00:00Z", "one"), 4500));
            pipeline.produceArticle(withBody(article("rs-2", "s", "2024-05-02T08:00:00Z", "two"), 9000));
            pipeline.produceArticle(withBody(article("rs-3", "s", "2024-05-03T08:00:00Z", "three"), 4500));
            pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
            assertThat(deadLetters.readToEnd(IDLE_TIMEOUT)).isTrue();
            assertThat(deadLetters.records()).hasSize(3);
            job.close();

            // a producer that refuses the middle letter as too large for a request
            ArticleflowConfig cramped = pipeline.config().with(ArticleflowConfig.MAX_BODY_BYTES, RAISED_LIMIT)
                    .with("max.request.size", "6000");
            long bigOffset = deadLetters.records().stream().filter(letter -> "rs-2".equals(OutputLog.key(letter)))
                    .findFirst().orElseThrow().offset();
            // offsets count transaction markers too: count the letters before the big one
            int before = (int) deadLetters.records().stream().filter(letter -> letter.offset() < bigOffset).count();
            DeadLetterReplay.Report report = new DeadLetterReplay(cramped).run(null, false, false);
            assertThat(report.sent()).isEqualTo(before == 0 ? Map.of() : Map.of("too_large", before));
            assertThat(report.failure()).contains("@" + bigOffset).contains("could not send");

            ArticleflowConfig roomy = pipeline.config().with(ArticleflowConfig.MAX_BODY_BYTES, RAISED_LIMIT);
            DeadLetterReplay.Report retry = new DeadLetterReplay(roomy).run(null, false, false);
            assertThat(retry.sent()).as("the failed letter and those after it").isEqualTo(Map.of("too_large", 3 - before));
            assertThat(retry.failure()).isNull();
        }
    }
}
