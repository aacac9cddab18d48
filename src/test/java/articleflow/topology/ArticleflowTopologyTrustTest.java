package articleflow.topology;

import static articleflow.topology.Articles.article;
import static articleflow.topology.Articles.body;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.topology.errors.DeadLetters;
import articleflow.topology.errors.Lineage;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What comes out can be trusted: versions only move forward (a replayed dead letter or a re-read log never rolls an
 * article back or brings a withdrawn one back), and every record stays within bounds whatever the input.
 */
class ArticleflowTopologyTrustTest {

    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<byte[], byte[]> enriched;
    private TestOutputTopic<byte[], byte[]> dlq;
    private final List<TestRecord<byte[], byte[]>> published = new ArrayList<>();
    private final List<TestRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
    private long nextOffset;

    private void start(ArticleflowConfig config) {
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ArticleflowTopology.build(config, PipelineEvents.NONE, 1), props);
        raw = driver.createInputTopic(config.rawTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(config.enrichedTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        dlq = driver.createOutputTopic(config.dlqTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    /** Sends a record and returns its offset in the (single-partition) raw topic. */
    private long send(byte[] key, byte[] value, RecordHeaders headers) {
        raw.pipeInput(new TestRecord<>(key, value, headers, T0.plusSeconds(nextOffset)));
        published.addAll(enriched.readRecordsToList());
        deadLetters.addAll(dlq.readRecordsToList());
        return nextOffset++;
    }

    private long send(ObjectNode article) {
        return send(bytes(article.get("id").asText()), bytes(article.toString()), new RecordHeaders());
    }

    /** What {@code dlq replay} sends: the old record's bytes, naming the raw record it was. */
    private void replay(ObjectNode article, long originalOffset) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Lineage.REPLAY_PARTITION, bytes("0"));
        headers.add(Lineage.REPLAY_OFFSET, bytes(Long.toString(originalOffset)));
        send(bytes(article.get("id").asText()), bytes(article.toString()), headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private EnrichedArticle latest() {
        TestRecord<byte[], byte[]> last = published.get(published.size() - 1);
        return last.value() == null ? null : ArticleJson.fromBytes(last.value(), EnrichedArticle.class);
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldNotLetAReplayedOlderVersionOverwriteANewerOne() {
        start(ArticleflowConfig.defaults());
        ObjectNode first = article("pier", "harbour-news", "2024-05-01T08:00:00Z", "The pier reopens", body("the pier"));
        long firstOffset = send(first);
        send(article("pier", "harbour-news", "2024-05-01T08:00:00Z", "The pier reopens at last", body("the pier")));
        int before = published.size();

        replay(first, firstOffset);

        assertThat(published).as("no revision from the replay").hasSize(before);
        assertThat(latest().title()).isEqualTo("The pier reopens at last");
    }

    @Test
    void shouldKeepAWithdrawnArticleWithdrawnWhenItsOldVersionIsReplayed() {
        start(ArticleflowConfig.defaults());
        ObjectNode version = article("mill", "valley-times", "2024-05-01T08:00:00Z", "The mill closes", body("the mill"));
        long offset = send(version);
        send(bytes("mill"), null, new RecordHeaders());
        assertThat(latest()).as("tombstone").isNull();
        int before = published.size();

        replay(version, offset);

        assertThat(published).hasSize(before);
    }

    @Test
    void shouldRepublishAWithdrawnArticleWhenThePublisherSendsItAgain() {
        start(ArticleflowConfig.defaults());
        ObjectNode version = article("mill", "valley-times", "2024-05-01T08:00:00Z", "The mill closes", body("the mill"));
        send(version);
        send(bytes("mill"), null, new RecordHeaders());
        send(version);
        assertThat(latest()).isNotNull();
        assertThat(latest().revision()).isEqualTo(3);
    }

    @Test
    void shouldDeadLetterATextThatNormalizationGrowsPastTheLimit() {
        // U+FB2C is 3 bytes; NFC makes it three letters of 2 bytes each: 1,800 bytes in, 3,600 out
        start(ArticleflowConfig.defaults().with(ArticleflowConfig.MAX_BODY_BYTES, "2000"));
        send(article("shin", "s", "2024-05-01T08:00:00Z", "Shin", "\uFB2C".repeat(600)));
        assertThat(published).isEmpty();
        assertThat(deadLetters).hasSize(1);
        assertThat(header(deadLetters.get(0), DeadLetters.REASON_HEADER)).isEqualTo("too_large");
        assertThat(header(deadLetters.get(0), DeadLetters.STAGE_HEADER)).isEqualTo("normalize");
        assertThat(header(deadLetters.get(0), "__streams.errors.message"))
                .isEqualTo("text of 3600 bytes after normalization exceeds the limit of 2000 bytes");
    }

    @Test
    void shouldKeepTheSummaryOfATextWithoutSentenceEndsSmall() {
        start(ArticleflowConfig.defaults());
        send(article("list", "s", "2024-05-01T08:00:00Z", "A list", "item ".repeat(200_000)));
        EnrichedArticle article = latest();
        assertThat(article.text()).hasSize("item ".repeat(200_000).trim().length());
        assertThat(article.summary()).hasSizeLessThan(1_000).endsWith("\u2026");
        assertThat(article.summarySentences()).containsExactly(article.summary());
    }

    @Test
    void shouldDeadLetterAKeyThatIsNotUtf8() {
        start(ArticleflowConfig.defaults());
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        send(latin1, bytes(article("x", "s", "2024-05-01T08:00:00Z", "T", body("x")).without("id").toString()),
                new RecordHeaders());
        assertThat(published).isEmpty();
        assertThat(header(deadLetters.get(0), DeadLetters.REASON_HEADER)).isEqualTo("invalid_key");
    }

    @Test
    void shouldStampTheRecordsOwnPlaceOverLineageHeadersAPublisherSent() {
        start(ArticleflowConfig.defaults());
        RecordHeaders forged = new RecordHeaders();
        Lineage.stamp(forged, "elsewhere", 7, 999_999);
        long offset = send(bytes("bad"), bytes("{\"id\":\"bad\""), forged);
        assertThat(header(deadLetters.get(0), "__streams.errors.offset")).isEqualTo(Long.toString(offset));
        assertThat(header(deadLetters.get(0), "__streams.errors.topic")).isEqualTo("articles.raw");
    }
}
