package articleflow.topology;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.assemble.ArticleState;
import articleflow.config.ArticleflowConfig;
import articleflow.config.Settings;
import articleflow.events.PipelineEvents;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.normalize.LineHistory;
import articleflow.topology.wire.InternalNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The by-id and by-source stores keep what they know in full only within {@code articleflow.state.horizon} of the
 * newest published_at: an older article keeps its id, revision and version (so a late correction continues its
 * revisions and a late withdrawal still deletes it downstream), and a line not seen for that long is forgotten.
 */
class ArticleflowTopologyHorizonTest {

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<byte[], byte[]> enriched;
    private final Map<String, List<EnrichedArticle>> revisions = new LinkedHashMap<>();

    @BeforeEach
    void start() {
        ArticleflowConfig config = ArticleflowConfig.defaults()
                .with(Settings.STATE_HORIZON, "P30D")
                .with(Settings.RELATED_ENABLED, "false");
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ArticleflowTopology.build(config, PipelineEvents.NONE, 1), props);
        raw = driver.createInputTopic(config.rawTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(config.enrichedTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldKeepOnlyIdRevisionAndVersionOfAnArticleBehindTheHorizon() {
        send("winter", "2024-01-10T08:00:00Z", "Winter storm closes roads", Articles.body("Northfield"));
        send("spring", "2024-03-20T08:00:00Z", "Spring fair opens", Articles.body("Southport"));

        sweep();

        ArticleState winter = articles().get("winter");
        assertThat(winter.published()).as("the record of an article 70 days behind").isNull();
        assertThat(winter.pending()).isNull();
        assertThat(winter.revision()).isEqualTo(latest("winter").revision());
        assertThat(winter.version()).isNotNull();
        assertThat(articles().get("spring").published()).as("the newest article").isNotNull();
    }

    @Test
    void shouldContinueTheRevisionsOfALateCorrection() {
        send("winter", "2024-01-10T08:00:00Z", "Winter storm closes roads", Articles.body("Northfield"));
        send("spring", "2024-03-20T08:00:00Z", "Spring fair opens", Articles.body("Southport"));
        long before = latest("winter").revision();
        sweep();

        send("winter", "2024-01-10T08:00:00Z", "Winter storm closed roads for two days", Articles.body("Northfield"));

        EnrichedArticle corrected = latest("winter");
        assertThat(corrected.title()).isEqualTo("Winter storm closed roads for two days");
        assertThat(corrected.revision()).isEqualTo(before + 1);
        assertThat(corrected.text()).isNotBlank();
    }

    @Test
    void shouldStillDeleteALateWithdrawnArticleDownstream() {
        send("winter", "2024-01-10T08:00:00Z", "Winter storm closes roads", Articles.body("Northfield"));
        send("spring", "2024-03-20T08:00:00Z", "Spring fair opens", Articles.body("Southport"));
        sweep();

        raw.pipeInput(new TestRecord<>(bytes("winter"), null));
        collect();

        List<EnrichedArticle> seen = revisions.get("winter");
        assertThat(seen.get(seen.size() - 1)).as("a tombstone").isNull();
        assertThat(articles().get("winter").withdrawn()).isTrue();
    }

    @Test
    void shouldForgetLinesNotSeenWithinTheHorizon() {
        send("winter", "2024-01-10T08:00:00Z", "Winter storm closes roads",
                "Listen to this story\n\n" + Articles.body("Northfield"));
        List<String> winterLines = lineKeys();
        assertThat(winterLines).isNotEmpty();
        send("spring", "2024-03-20T08:00:00Z", "Spring fair opens", Articles.body("Southport"));

        sweep();

        assertThat(lineKeys()).as("lines last seen 70 days before the newest article").doesNotContainAnyElementsOf(
                winterLines).isNotEmpty();
    }

    @Test
    void shouldKeepWhatIsWithinTheHorizon() {
        send("winter", "2024-01-10T08:00:00Z", "Winter storm closes roads", Articles.body("Northfield"));
        send("thaw", "2024-01-25T08:00:00Z", "Thaw brings floods", Articles.body("Eastwick"));
        List<String> lines = lineKeys();

        sweep();

        assertThat(articles().get("winter").published()).isNotNull();
        assertThat(lineKeys()).containsAll(lines);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void send(String id, String publishedAt, String title, String body) {
        raw.pipeInput(new TestRecord<>(bytes(id),
                bytes(Articles.json(Articles.article(id, "herald", publishedAt, title, body)))));
        collect();
    }

    /** Wall-clock time passes: the stores are swept, a slice at a time. */
    private void sweep() {
        driver.advanceWallClockTime(Duration.ofSeconds(11));
        collect();
    }

    private KeyValueStore<String, ArticleState> articles() {
        return driver.getKeyValueStore(InternalNames.ARTICLES_STORE);
    }

    private List<String> lineKeys() {
        KeyValueStore<String, LineHistory> lines = driver.getKeyValueStore(InternalNames.SOURCE_LINES_STORE);
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, LineHistory> all = lines.all()) {
            all.forEachRemaining((KeyValue<String, LineHistory> entry) -> keys.add(entry.key));
        }
        return keys;
    }

    private void collect() {
        while (!enriched.isEmpty()) {
            TestRecord<byte[], byte[]> record = enriched.readRecord();
            EnrichedArticle article = record.value() == null ? null
                    : ArticleJson.fromBytes(record.value(), EnrichedArticle.class);
            revisions.computeIfAbsent(new String(record.key(), StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(article);
        }
    }

    private EnrichedArticle latest(String id) {
        List<EnrichedArticle> seen = revisions.get(id);
        assertThat(seen).as("records of %s", id).isNotEmpty();
        return seen.get(seen.size() - 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
