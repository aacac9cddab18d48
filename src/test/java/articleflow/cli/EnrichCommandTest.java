package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.events.PipelineEvents;
import articleflow.topology.ArticleflowTopology;
import articleflow.app.RawLine;
import articleflow.topology.StreamsSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichCommandTest {

    private static final Path SAMPLE_FEED = Path.of("examples/sample-feed.jsonl");

    @TempDir
    Path dir;

    private int enrich(Path in, Path out, Path dlq) {
        return Main.commandLine().execute("enrich", "--in", in.toString(), "--out", out.toString(), "--dlq", dlq.toString());
    }

    private static List<EnrichedArticle> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> ArticleJson.fromJson(line, EnrichedArticle.class)).toList();
    }

    @Test
    void shouldEnrichTheSampleFeedAndDeadLetterItsBadLinesByLineNumber() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Path dlq = dir.resolve("dlq.jsonl");
        assertThat(enrich(SAMPLE_FEED, out, dlq)).isZero();

        List<EnrichedArticle> articles = read(out);
        assertThat(articles).extracting(EnrichedArticle::id)
                .doesNotHaveDuplicates()
                .doesNotContain("mw-stadium-plan", "broken-1", "no-source")
                .contains("hh-ferry-strike", "vt-school-solar", "mw-heat-plan");
        EnrichedArticle ferry = articles.stream().filter(a -> a.id().equals("hh-ferry-strike")).findFirst().orElseThrow();
        assertThat(ferry.title()).isEqualTo("Ferry Crews End Walkout After Pay Deal");
        EnrichedArticle heat = articles.stream().filter(a -> a.id().equals("mw-heat-plan")).findFirst().orElseThrow();
        assertThat(heat.neighbors().previous().id()).as("the withdrawn stadium story is skipped").isEqualTo("mw-ferry-walkout");

        List<JsonNode> letters = Files.readAllLines(dlq).stream().map(line -> ArticleJson.fromJson(line, JsonNode.class)).toList();
        assertThat(letters).extracting(letter -> letter.get("line").asInt() + ":" + letter.get("reason").asText())
                .containsExactly("6:invalid_json", "10:missing_field");
        assertThat(letters).allSatisfy(letter -> {
            assertThat(letter.get("stage").asText()).isEqualTo("accept");
            assertThat(letter.get("message").asText()).isNotBlank();
        });
    }

    @Test
    void shouldWriteArticlesInTheOrderTheyFirstAppeared() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"z\",\"source\":\"s\",\"published_at\":\"2024-01-03T00:00:00Z\",\"body\":\"Zed text here.\"}",
                "",
                "{\"id\":\"a\",\"source\":\"s\",\"published_at\":\"2024-01-01T00:00:00Z\",\"body\":\"Aye text here.\"}",
                "{\"id\":\"m\",\"source\":\"s\",\"published_at\":\"2024-01-02T00:00:00Z\",\"body\":\"Em text here.\"}"));
        Path out = dir.resolve("out.jsonl");
        assertThat(enrich(in, out, dir.resolve("dlq.jsonl"))).isZero();
        assertThat(read(out)).extracting(EnrichedArticle::id).containsExactly("z", "a", "m");
    }

    @Test
    void shouldDeadLetterALineLongerThanAnyRecordWithoutHoldingIt() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"huge\",\"source\":\"s\",\"body\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}",
                "{\"id\":\"a\",\"source\":\"s\",\"published_at\":\"2024-01-01T00:00:00Z\",\"body\":\"Aye text here.\"}"));
        Path dlq = dir.resolve("dlq.jsonl");

        assertThat(enrich(in, dir.resolve("out.jsonl"), dlq)).isZero();

        assertThat(Files.readAllLines(dlq)).singleElement().asString()
                .contains("\"line\":1").contains("\"reason\":\"too_large\"")
                .contains("\"message\":\"line of " + (3 * 1024 * 1024 + 36) + " bytes exceeds the body limit");
        assertThat(read(dir.resolve("out.jsonl"))).extracting(EnrichedArticle::id).containsExactly("a");
    }

    @Test
    void shouldExitZeroWhenEveryLineIsRejected() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of("not json", "{\"id\":\"x\"}"));
        Path dlq = dir.resolve("dlq.jsonl");
        assertThat(enrich(in, dir.resolve("out.jsonl"), dlq)).isZero();
        assertThat(Files.readAllLines(dlq)).hasSize(2);
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).isEmpty();
    }

    @Test
    void shouldGiveTheSameFinalRecordsAsTheStreamingTopology() throws IOException {
        Path out = dir.resolve("out.jsonl");
        assertThat(enrich(SAMPLE_FEED, out, dir.resolve("dlq.jsonl"))).isZero();
        Map<String, EnrichedArticle> offline = new LinkedHashMap<>();
        read(out).forEach(article -> offline.put(article.id(), article));

        Map<String, EnrichedArticle> streaming = new LinkedHashMap<>();
        ArticleflowConfig config = ArticleflowConfig.defaults();
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(ArticleflowTopology.build(config, PipelineEvents.NONE, 1), props)) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic("articles.raw", new ByteArraySerializer(), new ByteArraySerializer());
            TestOutputTopic<String, String> enriched = driver.createOutputTopic("articles.enriched", new StringDeserializer(), new StringDeserializer());
            for (String line : Files.readAllLines(SAMPLE_FEED, StandardCharsets.UTF_8)) {
                RawLine record = RawLine.of(line);
                // a publisher keys by id where it can: the streaming path then skips the by-id repartition
                JsonNode value = record.value() == null ? null : tryParse(line);
                byte[] key = record.key() != null ? record.key()
                        : value != null && value.hasNonNull("id") ? value.get("id").asText().getBytes(StandardCharsets.UTF_8) : null;
                raw.pipeInput(key, record.value());
                // the streaming job publishes related news after a wait (articleflow.related.publish.delay.ms)
                driver.advanceWallClockTime(config.relatedPublishDelay());
            }
            enriched.readKeyValuesToMap().forEach((id, json) -> {
                if (json == null) {
                    streaming.remove(id);
                } else {
                    streaming.put(id, ArticleJson.fromJson(json, EnrichedArticle.class));
                }
            });
        }
        assertThat(streaming.keySet()).containsExactlyInAnyOrderElementsOf(offline.keySet());
        // the same records, apart from when they were made and how many revisions led there: the streaming job
        // gathers an article's related news into one revision, offline every change is one
        offline.forEach((id, article) ->
                assertThat(article.withRevision(0, null)).isEqualTo(streaming.get(id).withRevision(0, null)));
    }

    @Test
    void shouldWriteTheSameArticlesWithItsStoresInMemoryOrOnDisk() throws IOException {
        Map<String, Path> outputs = new LinkedHashMap<>();
        for (String stores : List.of("memory", "disk")) {
            Path out = dir.resolve(stores + ".jsonl");
            assertThat(Main.commandLine().execute("enrich", "--stores", stores, "--in", SAMPLE_FEED.toString(),
                    "--out", out.toString(), "--dlq", dir.resolve(stores + ".dlq").toString())).isZero();
            outputs.put(stores, out);
        }

        List<EnrichedArticle> inMemory = read(outputs.get("memory"));
        List<EnrichedArticle> onDisk = read(outputs.get("disk"));
        assertThat(inMemory).hasSameSizeAs(onDisk).isNotEmpty();
        for (int i = 0; i < inMemory.size(); i++) {
            EnrichedArticle memory = inMemory.get(i);
            EnrichedArticle disk = onDisk.get(i);
            assertThat(memory.withRevision(memory.revision(), null)).isEqualTo(disk.withRevision(disk.revision(), null));
        }
        assertThat(Files.readAllLines(dir.resolve("memory.dlq"))).isEqualTo(Files.readAllLines(dir.resolve("disk.dlq")));
    }

    private static JsonNode tryParse(String line) {
        try {
            return ArticleJson.mapper().readTree(line);
        } catch (IOException e) {
            return null;
        }
    }
}
