package articleflow.app;

import static articleflow.app.BrokerPipeline.article;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.BrokerTest;
import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming job on a real broker, end to end: raw articles in, enriched articles out as a downstream
 * {@code read_committed} consumer reads them, bad records in the dead-letter topic. One application (its own
 * {@code application.id} and topics) serves every test here; each test uses its own sources and ids.
 */
@BrokerTest
class StreamingJobBrokerTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path stateDir;

    private static BrokerPipeline pipeline;
    private static OutputLog enriched;
    private static OutputLog deadLetters;

    @BeforeAll
    static void startTheJob() throws InterruptedException {
        pipeline = BrokerPipeline.create("streaming-job-test", stateDir, 2);
        pipeline.startJob();
        enriched = pipeline.enriched();
        deadLetters = pipeline.deadLetters();
    }

    @AfterAll
    static void stopTheJob() {
        if (enriched != null) {
            enriched.close();
        }
        if (deadLetters != null) {
            deadLetters.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldEnrichRawArticlesAndLinkEachToItsNeighboursInPublicationOrder() {
        String source = "river-post";
        // sent out of publication order; the two at 09:00 are ordered by id
        pipeline.produceArticle(article("rp-dam", source, "2024-05-03T09:00:00Z", "the dam"));
        pipeline.produceArticle(article("rp-bridge", source, "2024-05-01T09:00:00Z", "the bridge"));
        pipeline.produceArticle(article("rp-ferry", source, "2024-05-02T09:00:00Z", "the ferry"));
        pipeline.produceArticle(article("rp-canal", source, "2024-05-02T09:00:00Z", "the canal"));

        pipeline.awaitIdle(enriched, IDLE_TIMEOUT);

        Map<String, EnrichedArticle> latest = enriched.latestById();
        List<String> order = List.of("rp-bridge", "rp-canal", "rp-ferry", "rp-dam");
        for (int i = 0; i < order.size(); i++) {
            EnrichedArticle article = latest.get(order.get(i));
            assertThat(article).as(order.get(i)).isNotNull();
            assertThat(article.source()).isEqualTo(source);
            assertThat(article.revision()).isGreaterThanOrEqualTo(1);
            assertThat(linkId(article.neighbors().previous())).as("previous of " + article.id())
                    .isEqualTo(i == 0 ? null : order.get(i - 1));
            assertThat(linkId(article.neighbors().next())).as("next of " + article.id())
                    .isEqualTo(i == order.size() - 1 ? null : order.get(i + 1));
        }
        assertThat(latest.get("rp-canal").neighbors().previous().url()).isEqualTo("https://river-post.example/rp-bridge");
    }

    @Test
    void shouldDeadLetterInvalidJsonWithItsOriginalBytesAndCoordinatesAndKeepEnrichingTheRest() {
        String source = "hill-gazette";
        byte[] badValue = "{\"id\": \"hg-broken\", \"source\": \"hill-gazette\", \"body\": \"unterminated"
                .getBytes(StandardCharsets.UTF_8);
        pipeline.produceArticle(article("hg-before", source, "2024-05-01T08:00:00Z", "the hospital"));
        RecordMetadata bad = pipeline.produce("hg-broken", badValue);
        pipeline.produceArticle(article("hg-after", source, "2024-05-02T08:00:00Z", "the harbour"));

        pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
        deadLetters.awaitRecords(records -> records.stream().anyMatch(r -> "hg-broken".equals(OutputLog.key(r))),
                IDLE_TIMEOUT, "dead letter for hg-broken");

        ConsumerRecord<byte[], byte[]> letter = deadLetters.records().stream()
                .filter(r -> "hg-broken".equals(OutputLog.key(r))).findFirst().orElseThrow();
        assertThat(letter.key()).isEqualTo("hg-broken".getBytes(StandardCharsets.UTF_8));
        assertThat(letter.value()).isEqualTo(badValue);
        assertThat(OutputLog.header(letter, "articleflow.error.reason")).isEqualTo("invalid_json");
        assertThat(OutputLog.header(letter, "articleflow.error.stage")).isEqualTo("accept");
        assertThat(OutputLog.header(letter, "__streams.errors.topic")).isEqualTo(pipeline.config().rawTopic());
        assertThat(OutputLog.header(letter, "__streams.errors.partition")).isEqualTo(String.valueOf(bad.partition()));
        assertThat(OutputLog.header(letter, "__streams.errors.offset")).isEqualTo(String.valueOf(bad.offset()));
        assertThat(OutputLog.header(letter, "__streams.errors.exception")).isNotBlank();
        assertThat(OutputLog.header(letter, "__streams.errors.message")).isNotBlank();

        Map<String, EnrichedArticle> latest = enriched.latestById();
        assertThat(latest).containsKeys("hg-before", "hg-after").doesNotContainKey("hg-broken");
        assertThat(linkId(latest.get("hg-before").neighbors().next())).isEqualTo("hg-after");
        assertThat(linkId(latest.get("hg-after").neighbors().previous())).isEqualTo("hg-before");
    }

    @Test
    void shouldGiveBothNeighboursANewRevisionWhenAnArticleArrivesLateBetweenThem() {
        String source = "coast-courier";
        pipeline.produceArticle(article("cc-monday", source, "2024-05-06T10:00:00Z", "the pier"));
        pipeline.produceArticle(article("cc-wednesday", source, "2024-05-08T10:00:00Z", "the lifeboat"));
        pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
        Map<String, EnrichedArticle> before = enriched.latestById();
        assertThat(linkId(before.get("cc-monday").neighbors().next())).isEqualTo("cc-wednesday");
        assertThat(linkId(before.get("cc-wednesday").neighbors().previous())).isEqualTo("cc-monday");
        int readBefore = enriched.records().size();

        pipeline.produceArticle(article("cc-tuesday", source, "2024-05-07T10:00:00Z", "the lighthouse"));
        pipeline.awaitIdle(enriched, IDLE_TIMEOUT);

        Map<String, EnrichedArticle> after = enriched.latestById();
        EnrichedArticle monday = after.get("cc-monday");
        EnrichedArticle wednesday = after.get("cc-wednesday");
        assertThat(monday.revision()).isGreaterThan(before.get("cc-monday").revision());
        assertThat(linkId(monday.neighbors().next())).isEqualTo("cc-tuesday");
        assertThat(monday.neighbors().next().title()).isEqualTo(after.get("cc-tuesday").title());
        assertThat(wednesday.revision()).isGreaterThan(before.get("cc-wednesday").revision());
        assertThat(linkId(wednesday.neighbors().previous())).isEqualTo("cc-tuesday");
        assertThat(linkId(after.get("cc-tuesday").neighbors().previous())).isEqualTo("cc-monday");
        assertThat(linkId(after.get("cc-tuesday").neighbors().next())).isEqualTo("cc-wednesday");
        // the new revisions are records on the topic, after the ones read before the late arrival
        assertThat(enriched.records().subList(readBefore, enriched.records().size()))
                .extracting(OutputLog::key).contains("cc-monday", "cc-wednesday", "cc-tuesday");
    }

    static String linkId(Link link) {
        return link == null ? null : link.id();
    }
}
