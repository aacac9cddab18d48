package articleflow.topology;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.app.FeedGenerator;
import articleflow.config.ArticleflowConfig;
import articleflow.config.Settings;
import articleflow.events.PipelineEvents;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related news waits {@code articleflow.related.publish.delay.ms} and goes out once per article: the same final
 * records as publishing every change at once, in fewer revisions.
 */
class ArticleflowTopologyRelatedNewsTest {

    private static final List<FeedGenerator.Record> FEED =
            FeedGenerator.generate(FeedGenerator.Options.plain(24, 2, 900, 5));

    @TempDir
    Path stateDir;

    /** What one run leaves: the latest record per id and how many records the output got. */
    private record Outcome(Map<String, EnrichedArticle> latest, int revisions) {
    }

    @Test
    void shouldPublishTheSameRelatedListsInFewerRevisionsWhenNewsWaits() {
        Outcome atOnce = run("0", 0);
        Outcome gathered = run("500", 500);

        assertThat(atOnce.latest()).as("articles with related links")
                .hasSizeGreaterThan(FEED.size() / 2)
                .satisfies(all -> assertThat(all.values()).anyMatch(a -> !a.neighbors().related().isEmpty()));
        assertThat(gathered.latest().keySet()).isEqualTo(atOnce.latest().keySet());
        gathered.latest().forEach((id, article) ->
                assertThat(article.withRevision(0, null)).as(id)
                        .isEqualTo(atOnce.latest().get(id).withRevision(0, null)));
        assertThat(gathered.revisions()).isLessThan(atOnce.revisions());
    }

    @Test
    void shouldHoldRelatedNewsUntilTheWaitIsOver() {
        ArticleflowConfig config = config(500);
        try (TopologyTestDriver driver = driver(config, "held")) {
            TestInputTopic<byte[], byte[]> raw = input(driver, config);
            TestOutputTopic<byte[], byte[]> enriched = output(driver, config);
            FEED.forEach(record -> raw.pipeInput(new TestRecord<>(record.key(), record.value())));
            Map<String, EnrichedArticle> beforeTheWait = latest(enriched, new HashMap<>());
            assertThat(beforeTheWait).as("first publications do not wait").hasSize(FEED.size());

            driver.advanceWallClockTime(Duration.ofMillis(499));
            assertThat(enriched.isEmpty()).as("nothing before the wait is over").isTrue();

            driver.advanceWallClockTime(Duration.ofMillis(1));
            Map<String, EnrichedArticle> afterTheWait = latest(enriched, new HashMap<>());
            assertThat(afterTheWait).as("related news, one revision per article").isNotEmpty();
            assertThat(afterTheWait.values()).allSatisfy(article ->
                    assertThat(article.neighbors().related()).isNotEqualTo(beforeTheWait.get(article.id())
                            .neighbors().related()));

            driver.advanceWallClockTime(Duration.ofMillis(500));
            assertThat(enriched.isEmpty()).as("news goes out once").isTrue();
        }
    }

    @Test
    void shouldGatherNewFeedLinksOfAPublishedArticleWithItsRelatedNews() {
        // one publisher, in order of publication: each article becomes the next link of the one before
        List<FeedGenerator.Record> feed = FeedGenerator.generate(
                new FeedGenerator.Options(6, 1, 900, 0.0, 0, 0, 0, 0, 0, 0.0, 11));
        ArticleflowConfig config = config(500);
        try (TopologyTestDriver driver = driver(config, "feed-links")) {
            TestInputTopic<byte[], byte[]> raw = input(driver, config);
            TestOutputTopic<byte[], byte[]> enriched = output(driver, config);
            feed.forEach(record -> raw.pipeInput(new TestRecord<>(record.key(), record.value())));
            Map<String, EnrichedArticle> first = latest(enriched, new HashMap<>());
            assertThat(first).as("first publications do not wait").hasSize(feed.size());
            assertThat(first.values()).filteredOn(article -> article.neighbors().next() != null)
                    .as("no article published before its successor arrived shows it yet").isEmpty();

            driver.advanceWallClockTime(Duration.ofMillis(500));
            int revisions = (int) enriched.getQueueSize();
            Map<String, EnrichedArticle> gathered = latest(enriched, new HashMap<>());

            assertThat(revisions).as("one revision per article, whatever changed in it").isEqualTo(gathered.size());
            for (int i = 0; i < feed.size() - 1; i++) {
                String id = feed.get(i).id();
                assertThat(gathered.get(id).neighbors().next().id()).as("next of %s", id).isEqualTo(feed.get(i + 1).id());
            }
        }
    }

    @Test
    void shouldPublishTheNewestFeedLinksWhenANeighbourCameAndWentWithinTheWait() {
        ArticleflowConfig config = config(500);
        try (TopologyTestDriver driver = driver(config, "came-and-went")) {
            TestInputTopic<byte[], byte[]> raw = input(driver, config);
            TestOutputTopic<byte[], byte[]> enriched = output(driver, config);
            Map<String, EnrichedArticle> latest = new HashMap<>();
            send(raw, "first", "2024-05-01T08:00:00Z", "Harbour bridge closes for repairs", "Northfield");
            send(raw, "third", "2024-05-01T10:00:00Z", "Night buses return to the old town", "Eastwick");
            driver.advanceWallClockTime(Duration.ofMillis(500));
            latest(enriched, latest);
            assertThat(latest.get("first").neighbors().next().id()).isEqualTo("third");

            send(raw, "second", "2024-05-01T09:00:00Z", "Library opens a new reading room", "Southport");
            raw.pipeInput(new TestRecord<>("second".getBytes(StandardCharsets.UTF_8), null));
            driver.advanceWallClockTime(Duration.ofMillis(500));
            latest(enriched, latest);

            assertThat(latest.get("first").neighbors().next().id()).as("next of first, once second is gone")
                    .isEqualTo("third");
            assertThat(latest.get("third").neighbors().previous().id()).isEqualTo("first");
        }
    }

    private static void send(TestInputTopic<byte[], byte[]> raw, String id, String publishedAt, String title,
                             String town) {
        raw.pipeInput(new TestRecord<>(id.getBytes(StandardCharsets.UTF_8), Articles.json(
                Articles.article(id, "herald", publishedAt, title, Articles.body(town))).getBytes(StandardCharsets.UTF_8)));
    }

    private Outcome run(String name, long delayMs) {
        ArticleflowConfig config = config(delayMs);
        try (TopologyTestDriver driver = driver(config, name)) {
            TestInputTopic<byte[], byte[]> raw = input(driver, config);
            TestOutputTopic<byte[], byte[]> enriched = output(driver, config);
            Map<String, EnrichedArticle> latest = new HashMap<>();
            int revisions = 0;
            for (FeedGenerator.Record record : FEED) {
                raw.pipeInput(new TestRecord<>(record.key(), record.value()));
                driver.advanceWallClockTime(Duration.ofMillis(Math.max(1, delayMs)));
                revisions += (int) enriched.getQueueSize();
                latest(enriched, latest);
            }
            return new Outcome(latest, revisions);
        }
    }

    private static ArticleflowConfig config(long delayMs) {
        return ArticleflowConfig.defaults().with(Settings.RELATED_PUBLISH_DELAY, String.valueOf(delayMs));
    }

    private TopologyTestDriver driver(ArticleflowConfig config, String name) {
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(name).toString());
        return new TopologyTestDriver(ArticleflowTopology.build(config, PipelineEvents.NONE, 1), props);
    }

    private static TestInputTopic<byte[], byte[]> input(TopologyTestDriver driver, ArticleflowConfig config) {
        return driver.createInputTopic(config.rawTopic(), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static TestOutputTopic<byte[], byte[]> output(TopologyTestDriver driver, ArticleflowConfig config) {
        return driver.createOutputTopic(config.enrichedTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static Map<String, EnrichedArticle> latest(TestOutputTopic<byte[], byte[]> enriched,
                                                       Map<String, EnrichedArticle> into) {
        while (!enriched.isEmpty()) {
            TestRecord<byte[], byte[]> record = enriched.readRecord();
            String id = new String(record.key(), StandardCharsets.UTF_8);
            if (record.value() == null) {
                into.remove(id);
            } else {
                into.put(id, ArticleJson.fromBytes(record.value(), EnrichedArticle.class));
            }
        }
        return into;
    }
}
