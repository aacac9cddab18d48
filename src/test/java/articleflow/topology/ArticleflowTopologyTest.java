package articleflow.topology;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.events.PipelineEvents;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
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

class ArticleflowTopologyTest {

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<byte[], byte[]> enriched;
    private TestOutputTopic<byte[], byte[]> dlq;
    /** Every enriched record seen, in order, per id; null stands for a tombstone. */
    private final Map<String, List<EnrichedArticle>> revisions = new LinkedHashMap<>();

    private void start(ArticleflowConfig config) {
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ArticleflowTopology.build(config, PipelineEvents.NONE, 1), props);
        raw = driver.createInputTopic(config.rawTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(config.enrichedTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        dlq = driver.createOutputTopic(config.dlqTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private void start() {
        start(ArticleflowConfig.defaults());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    /** Pipes one record, then lets the related publish delay pass, so that changes it gathered go out too. */
    private void send(String key, String value) {
        raw.pipeInput(new TestRecord<>(bytes(key), bytes(value), Instant.parse("2024-05-01T00:00:00Z")));
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        collect();
    }

    private void send(ObjectNode article) {
        send(article.get("id").asText(), Articles.json(article));
    }

    private void withdraw(String id) {
        send(id, null);
    }

    private void collect() {
        while (!enriched.isEmpty()) {
            TestRecord<byte[], byte[]> record = enriched.readRecord();
            String id = new String(record.key(), StandardCharsets.UTF_8);
            EnrichedArticle article = record.value() == null ? null : ArticleJson.fromBytes(record.value(), EnrichedArticle.class);
            revisions.computeIfAbsent(id, k -> new ArrayList<>()).add(article);
        }
    }

    private EnrichedArticle latest(String id) {
        List<EnrichedArticle> seen = revisions.get(id);
        assertThat(seen).as("enriched records of %s", id).isNotEmpty();
        return seen.get(seen.size() - 1);
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String previousId(EnrichedArticle article) {
        return article.neighbors().previous() == null ? null : article.neighbors().previous().id();
    }

    private static String nextId(EnrichedArticle article) {
        return article.neighbors().next() == null ? null : article.neighbors().next().id();
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A page built like the one articleflow was imagined from: the article wrapped in the publisher's furniture. */
    private static String seedLikePage() {
        return String.join("\n",
                "Harbour Town Opens Its First Floating Solar Farm",
                "",
                "No time to read?",
                "Get a summary",
                "",
                "Harbour Town Opens Its First Floating Solar Farm on the Old Quarry Lake",
                "",
                "The town of Harbour opened its first floating solar farm on Monday, covering a third of the old quarry lake with panels. "
                        + "Officials said the farm would supply power to about two thousand homes.",
                "",
                "According to the county energy office, the project cost 4.5 million dollars and took eighteen months to build. "
                        + "Dr. Mira Holt, who led the engineering team, said the water keeps the panels cool and raises their output.",
                "",
                "Environmental groups welcomed the farm but asked for regular checks on the lake's fish and birds. "
                        + "The council agreed to publish water-quality reports every quarter.",
                "",
                "The farm is the largest of its kind in the region. Neighbouring towns have asked to visit the site before planning their own.",
                "",
                "No time to read?",
                "Get a summary",
                "Previous Article",
                "",
                "Ferry Timetable Changes for the Summer Season",
                "",
                "Next Article",
                "",
                "Storm Damage Closes the Coastal Path for a Week");
    }

    @Test
    void shouldRemoveTheFurnitureOfTheSeedPageFromTextAndSummary() {
        start();
        send(Articles.article("solar", "harbour-news", "2024-05-01T08:00:00Z",
                "Harbour Town Opens Its First Floating Solar Farm", seedLikePage()));
        EnrichedArticle article = latest("solar");
        for (String furniture : List.of("No time to read?", "Get a summary", "Previous Article", "Next Article",
                "Ferry Timetable Changes", "Storm Damage Closes")) {
            assertThat(article.text()).doesNotContain(furniture);
            assertThat(article.summary()).doesNotContain(furniture);
        }
        // the sub-headline under the furniture is the article's own (a dek), as on the seed page; the title is not repeated
        assertThat(article.text()).startsWith("Harbour Town Opens Its First Floating Solar Farm on the Old Quarry Lake\n\n"
                + "The town of Harbour opened its first floating solar farm");
        assertThat(article.summarySentences()).isNotEmpty().allSatisfy(sentence -> assertThat(article.text()).contains(sentence));
        assertThat(article.summary()).isEqualTo(String.join(" ", article.summarySentences()));
        assertThat(article.wordCount()).isGreaterThan(80);
        assertThat(article.readingTimeMinutes()).isEqualTo(1);
        assertThat(article.schemaVersion()).isEqualTo(1);
        // keywords: the story's distinctive words as the article writes them, never the furniture's
        assertThat(article.keywords()).contains("solar", "floating", "farm").doesNotContain("summary", "article");
    }

    @Test
    void shouldLinkFiveArticlesOfOneSourceArrivingShuffled() {
        start();
        String[] ids = {"d", "b", "e", "a", "c"};
        for (String id : ids) {
            int day = id.charAt(0) - 'a' + 1;
            send(Articles.article(id, "herald", "2024-05-0" + day + "T08:00:00Z", "Story " + id, Articles.body("Town " + id)));
        }
        assertThat(previousId(latest("a"))).isNull();
        assertThat(nextId(latest("a"))).isEqualTo("b");
        assertThat(previousId(latest("b"))).isEqualTo("a");
        assertThat(nextId(latest("b"))).isEqualTo("c");
        assertThat(previousId(latest("c"))).isEqualTo("b");
        assertThat(nextId(latest("c"))).isEqualTo("d");
        assertThat(previousId(latest("d"))).isEqualTo("c");
        assertThat(nextId(latest("d"))).isEqualTo("e");
        assertThat(previousId(latest("e"))).isEqualTo("d");
        assertThat(nextId(latest("e"))).isNull();
        assertThat(latest("c").neighbors().next().title()).isEqualTo("Story d");
        revisions.forEach((id, seen) -> {
            for (int i = 0; i < seen.size(); i++) {
                assertThat(seen.get(i).revision()).as("revisions of %s", id).isEqualTo(i + 1);
            }
        });
    }

    @Test
    void shouldKeepEachSourcesFeedApart() {
        start();
        send(Articles.article("h1", "herald", "2024-05-01T08:00:00Z", "Herald one", Articles.body("Aston")));
        send(Articles.article("t1", "times", "2024-05-02T08:00:00Z", "Times one", Articles.body("Brent")));
        assertThat(previousId(latest("t1"))).isNull();
        assertThat(nextId(latest("h1"))).isNull();
    }

    @Test
    void shouldRelinkACorrectionThatMovesItsPublishTimeAndRetitleItInItsNeighbours() {
        start();
        send(Articles.article("a", "herald", "2024-05-01T08:00:00Z", "A", Articles.body("Aston")));
        send(Articles.article("b", "herald", "2024-05-02T08:00:00Z", "B", Articles.body("Brent")));
        send(Articles.article("c", "herald", "2024-05-03T08:00:00Z", "C", Articles.body("Carlow")));
        ObjectNode correction = Articles.article("a", "herald", "2024-05-04T08:00:00Z", "A corrected", Articles.body("Aston"));
        correction.put("updated_at", "2024-05-04T09:00:00Z");
        send(correction);
        assertThat(latest("a").title()).isEqualTo("A corrected");
        assertThat(previousId(latest("a"))).isEqualTo("c");
        assertThat(previousId(latest("b"))).isNull();
        assertThat(nextId(latest("c"))).isEqualTo("a");
        assertThat(latest("c").neighbors().next().title()).isEqualTo("A corrected");
    }

    @Test
    void shouldSkipAStaleCorrection() {
        start();
        ObjectNode current = Articles.article("a", "herald", "2024-05-01T08:00:00Z", "Current", Articles.body("Aston"));
        current.put("updated_at", "2024-05-02T00:00:00Z");
        send(current);
        ObjectNode stale = Articles.article("a", "herald", "2024-05-01T08:00:00Z", "Stale", Articles.body("Aston"));
        stale.put("updated_at", "2024-05-01T00:00:00Z");
        send(stale);
        assertThat(revisions.get("a")).hasSize(1);
        assertThat(latest("a").title()).isEqualTo("Current");
    }

    @Test
    void shouldEmitNoNewRevisionForAnIdenticalResend() {
        start();
        ObjectNode article = Articles.article("a", "herald", "2024-05-01T08:00:00Z", "Same", Articles.body("Aston"));
        send(article);
        send(article);
        assertThat(revisions.get("a")).hasSize(1);
    }

    @Test
    void shouldTombstoneAWithdrawnArticleAndJoinItsNeighbours() {
        start();
        send(Articles.article("a", "herald", "2024-05-01T08:00:00Z", "A", Articles.body("Aston")));
        send(Articles.article("b", "herald", "2024-05-02T08:00:00Z", "B", Articles.body("Brent")));
        send(Articles.article("c", "herald", "2024-05-03T08:00:00Z", "C", Articles.body("Carlow")));
        withdraw("b");
        assertThat(revisions.get("b")).last().isNull();
        assertThat(nextId(latest("a"))).isEqualTo("c");
        assertThat(previousId(latest("c"))).isEqualTo("a");

        send(Articles.article("b", "herald", "2024-05-02T08:00:00Z", "B is back", Articles.body("Brent")));
        // the tombstone took a revision of its own: every record b ever had counts up by one
        assertThat(latest("b").revision()).isEqualTo(revisions.get("b").size());
        assertThat(revisions.get("b")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(nextId(latest("a"))).isEqualTo("b");
    }

    @Test
    void shouldTakeTheIdOfAnUnkeyedRecordFromItsValue() {
        start();
        raw.pipeInput(new TestRecord<>(null, bytes(Articles.json(
                Articles.article("no-key", "herald", "2024-05-01T08:00:00Z", "No key", Articles.body("Aston"))))));
        collect();
        assertThat(latest("no-key").title()).isEqualTo("No key");
    }

    @Test
    void shouldStripLinesAPublisherRepeatsOnceItHasPublishedAFew() {
        start();
        String[] towns = {"Aston", "Brent", "Carlow", "Dunmore"};
        for (int i = 0; i < towns.length; i++) {
            String body = "Read by our audio desk\n\n" + Articles.body(towns[i])
                    + "\n\nOur newsroom follows the Harbour Code of Practice";
            send(Articles.article("w" + i, "wire", "2024-05-01T0" + (2 * i + 1) + ":00:00Z", "Story " + i, body));
        }
        assertThat(latest("w0").text()).contains("Read by our audio desk");
        EnrichedArticle fourth = latest("w3");
        assertThat(fourth.text()).doesNotContain("Read by our audio desk").doesNotContain("Harbour Code of Practice");
        assertThat(fourth.text()).contains("The council of Dunmore met on Tuesday");
    }

    @Test
    void shouldKeepTheTextOfACorrectionAndOfASyndicatedCopy() {
        start();
        String body = Articles.body("Aston");
        for (int hour = 1; hour <= 5; hour++) {
            ObjectNode version = Articles.article("same", "wire", "2024-05-01T08:00:00Z", "Same", body);
            version.put("updated_at", "2024-05-01T0" + hour + ":00:00Z");
            send(version);
        }
        for (int copy = 1; copy <= 4; copy++) {
            send(Articles.article("copy-" + copy, "wire", "2024-05-0" + (copy + 1) + "T08:00:00Z", "Copy", body));
        }
        assertThat(latest("same").text()).isEqualTo(body);
        assertThat(latest("copy-4").text()).isEqualTo(body);
    }

    @Test
    void shouldDeadLetterEachKindOfBadRecordWithItsReasonAndOriginalBytesWhileGoodOnesFlow() {
        start(ArticleflowConfig.defaults().with(ArticleflowConfig.MAX_BODY_BYTES, "2000"));
        Map<String, String[]> bad = new LinkedHashMap<>();
        bad.put("invalid_json", new String[] {"k1", "{\"id\": \"k1\", \"source\": "});
        bad.put("wrong_type", new String[] {"k2", "{\"id\":\"k2\",\"source\":\"s\",\"body\":[\"not\",\"text\"]}"});
        bad.put("missing_field", new String[] {"k3", "{\"id\":\"k3\",\"body\":\"no source\"}"});
        bad.put("bad_timestamp", new String[] {"k4", "{\"id\":\"k4\",\"source\":\"s\",\"body\":\"b\",\"published_at\":\"31/12/2024\"}"});
        bad.put("too_large", new String[] {"k5", "{\"id\":\"k5\",\"source\":\"s\",\"body\":\"" + "x".repeat(3000) + "\"}"});
        bad.put("unsupported_content_type", new String[] {"k6", "{\"id\":\"k6\",\"source\":\"s\",\"body\":\"b\",\"content_type\":\"application/pdf\"}"});
        bad.put("key_mismatch", new String[] {"k7", "{\"id\":\"other\",\"source\":\"s\",\"body\":\"b\"}"});
        bad.put("empty_text", new String[] {"k8", "{\"id\":\"k8\",\"source\":\"s\",\"body\":\"<html><body><nav>Home</nav></body></html>\",\"content_type\":\"text/html\"}"});

        long offset = 0;
        Map<Long, String> reasonAtOffset = new HashMap<>();
        for (Map.Entry<String, String[]> entry : bad.entrySet()) {
            send(Articles.article("good-" + offset, "s", "2024-05-01T08:00:00Z", "Good", Articles.body("Aston")));
            offset++;
            send(entry.getValue()[0], entry.getValue()[1]);
            reasonAtOffset.put(offset, entry.getKey());
            offset++;
        }
        raw.pipeInput(new TestRecord<>((byte[]) null, (byte[]) null));
        reasonAtOffset.put(offset, "missing_key");

        List<TestRecord<byte[], byte[]>> letters = dlq.readRecordsToList();
        assertThat(letters).extracting(letter -> header(letter, "articleflow.error.reason"))
                .containsExactlyInAnyOrderElementsOf(reasonAtOffset.values());
        for (TestRecord<byte[], byte[]> letter : letters) {
            long at = Long.parseLong(header(letter, "__streams.errors.offset"));
            String reason = reasonAtOffset.get(at);
            assertThat(header(letter, "articleflow.error.reason")).isEqualTo(reason);
            assertThat(header(letter, "articleflow.error.stage")).isEqualTo(reason.equals("empty_text") ? "normalize" : "accept");
            assertThat(header(letter, "__streams.errors.topic")).isEqualTo("articles.raw");
            assertThat(header(letter, "__streams.errors.partition")).isEqualTo("0");
            assertThat(header(letter, "__streams.errors.exception")).isNotBlank();
            assertThat(header(letter, "__streams.errors.message")).isNotBlank();
            assertThat(header(letter, "articleflow.error.payload")).isEqualTo("raw");
            if (!reason.equals("missing_key")) {
                String[] original = bad.get(reason);
                assertThat(letter.key()).isEqualTo(bytes(original[0]));
                assertThat(letter.value()).isEqualTo(bytes(original[1]));
            }
        }
        for (int i = 0; i < bad.size() * 2; i += 2) {
            assertThat(latest("good-" + i).title()).isEqualTo("Good");
        }
    }

    @Test
    void shouldDeadLetterAnUnkeyedRecordFoundBadAfterTheRepartitionWithItsRawCoordinatesAndBytes() {
        start();
        send("first", Articles.json(Articles.article("first", "s", "2024-05-01T08:00:00Z", "First", Articles.body("Aston"))));
        String onlyFurniture = "{\"id\":\"furniture-only\",\"source\":\"s\",\"body\":\"No time to read?\\n\\nGet a summary\"}";
        raw.pipeInput(new TestRecord<>(null, bytes(onlyFurniture)));
        TestRecord<byte[], byte[]> letter = dlq.readRecord();
        assertThat(header(letter, "articleflow.error.reason")).isEqualTo("empty_text");
        assertThat(header(letter, "__streams.errors.topic")).isEqualTo("articles.raw");
        assertThat(header(letter, "__streams.errors.offset")).isEqualTo("1");
        assertThat(letter.value()).isEqualTo(bytes(onlyFurniture));
    }
}
