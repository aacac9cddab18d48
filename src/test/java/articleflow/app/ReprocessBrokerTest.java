package articleflow.app;

import static articleflow.app.BrokerPipeline.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import articleflow.broker.BrokerTest;
import articleflow.config.ArticleflowConfig;
import articleflow.model.EnrichedArticle;
import articleflow.ops.KafkaClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reprocess} on a real broker: it refuses while the job runs, rewinds the raw topic with the Admin API
 * (no Kafka tools on the class path), and the job that starts afterwards re-reads everything but publishes only
 * what changed.
 */
@BrokerTest
class ReprocessBrokerTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    @Test
    void shouldRereadTheLogOfRecordAndRepublishOnlyTheArticlesWhoseOutputChanged() throws Exception {
        try (BrokerPipeline pipeline = BrokerPipeline.create("reprocess-test", stateDir, 2);
             OutputLog enriched = pipeline.enriched()) {
            StreamingJob job = pipeline.startJob();
            String source = "valley-times";
            pipeline.produceArticle(article("vt-1", source, "2024-05-01T09:00:00Z", "the orchard"));
            pipeline.produceArticle(article("vt-2", source, "2024-05-02T09:00:00Z", "the mill"));
            pipeline.produceArticle(article("vt-3", source, "2024-05-03T09:00:00Z", "the weir")
                    .put("updated_at", "2024-05-03T10:00:00Z"));
            pipeline.produceArticle(article("vt-3", source, "2024-05-03T09:00:00Z", "the weir and the dam")
                    .put("updated_at", "2024-05-03T11:00:00Z"));
            pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
            Map<String, EnrichedArticle> before = enriched.latestById();
            int recordsBefore = enriched.records().size();

            try (Admin admin = KafkaClients.admin(pipeline.config())) {
                ApplicationReset reset = new ApplicationReset(admin);
                assertThatThrownBy(() -> reset.plan(pipeline.config()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("still running").hasMessageContaining("stop every instance first");

                job.close();
                ApplicationReset.Plan plan = reset.plan(pipeline.config());
                assertThat(plan.recordsToReread()).isEqualTo(4);
                reset.apply(plan);
                assertThat(reset.plan(pipeline.config()).recordsToReread()).isZero();
            }

            pipeline.startJob();
            pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
            assertThat(enriched.records()).as("unchanged articles are not re-sent").hasSize(recordsBefore);
            assertThat(enriched.latestById()).isEqualTo(before);
            assertThat(enriched.latestById().get("vt-3").text()).contains("the weir and the dam");
        }
    }

    @Test
    void shouldPublishANewRevisionOfEveryArticleWhoseOutputTheNewSettingsChange() throws Exception {
        try (BrokerPipeline pipeline = BrokerPipeline.create("reprocess-change", stateDir, 2);
             OutputLog enriched = pipeline.enriched()) {
            StreamingJob job = pipeline.startJob();
            pipeline.produceArticle(article("lh-1", "lake-herald", "2024-05-01T09:00:00Z", "the ferry"));
            pipeline.produceArticle(article("lh-2", "lake-herald", "2024-05-02T09:00:00Z", "the jetty"));
            pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
            Map<String, EnrichedArticle> before = enriched.latestById();
            job.close();

            try (Admin admin = KafkaClients.admin(pipeline.config())) {
                ApplicationReset reset = new ApplicationReset(admin);
                reset.apply(reset.plan(pipeline.config()));
            }
            // "an algorithm change": one-sentence summaries from now on
            ArticleflowConfig oneSentence = pipeline.config().with(ArticleflowConfig.SUMMARY_SENTENCES, "1");
            StreamingJob again = new StreamingJob(oneSentence, articleflow.events.PipelineEvents.NONE);
            try (again) {
                again.start();
                assertThat(again.awaitRunning(BrokerPipeline.RUNNING_TIMEOUT)).isTrue();
                pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
            }
            Map<String, EnrichedArticle> after = enriched.latestById();
            for (String id : before.keySet()) {
                assertThat(after.get(id).summarySentences()).as(id).hasSize(1);
                assertThat(after.get(id).revision()).as(id).isEqualTo(before.get(id).revision() + 1);
            }
        }
    }
}
