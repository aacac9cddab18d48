package articleflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
import articleflow.accept.Rejection;
import articleflow.accept.Verdict;
import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.topology.ArticleflowTopology;
import articleflow.app.RawLine;
import articleflow.topology.StreamsSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas published in {@code src/main/resources/schemas} describe what articleflow really reads and
 * writes: examples from DESIGN.md, records built from the Java types, and every record the topology emits
 * for the sample feed.
 */
class RecordSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema RAW = schema("/schemas/raw-article.schema.json");
    private static final JsonSchema ENRICHED = schema("/schemas/enriched-article.schema.json");
    private static final Path SAMPLE_FEED = Path.of("examples", "sample-feed.jsonl");

    /** The raw article of DESIGN.md, as written there. */
    private static final String DESIGN_RAW_ARTICLE = """
            {"id": "kim-russia-train", "source": "example-news", "url": "https://…",
             "title": "Kim Jong Un's …", "body": "text or HTML", "content_type": "text/plain",
             "published_at": "2023-09-11T08:00:00Z", "language": "en", "section": "world",
             "authors": ["…"], "tags": ["…"], "updated_at": "2023-09-11T09:30:00Z"}
            """;

    @TempDir
    Path stateDir;

    // ---- raw article

    @Test
    void shouldAcceptTheRawArticleOfTheDesign() {
        assertThat(errors(RAW, DESIGN_RAW_ARTICLE)).isEmpty();
    }

    @Test
    void shouldAcceptARawArticleWithUnknownFields() {
        ObjectNode article = designRaw();
        article.put("paywall", true);
        assertThat(errors(RAW, article)).isEmpty();
    }

    @Test
    void shouldRejectARawArticleWithoutSource() {
        ObjectNode article = designRaw();
        article.remove("source");
        assertThat(errors(RAW, article))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("required").contains("source"));
    }

    @Test
    void shouldRejectARawArticleWithoutBody() {
        ObjectNode article = designRaw();
        article.remove("body");
        assertThat(errors(RAW, article))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("body"));
    }

    @Test
    void shouldRejectARawArticleWithNeitherIdNorUrl() {
        ObjectNode article = designRaw();
        article.remove("id");
        article.remove("url");
        assertThat(errors(RAW, article))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("required").contains("id"))
                .anySatisfy(message -> assertThat(message).contains("required").contains("url"));
    }

    @Test
    void shouldTakeTheUrlOfARawArticleWithoutId() {
        ObjectNode article = designRaw();
        article.remove("id");
        assertThat(errors(RAW, article)).isEmpty();
    }

    @Test
    void shouldRejectARawArticleWhoseBodyIsANumber() {
        ObjectNode article = designRaw();
        article.put("body", 42);
        assertThat(errors(RAW, article))
                .extracting(message -> message.getInstanceLocation().toString())
                .contains("/body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/html", "text/html; charset=utf-8", "TEXT/HTML;charset=UTF-8", ""})
    void shouldAcceptTheContentTypesAcceptUnderstands(String contentType) {
        ObjectNode article = designRaw();
        article.put("content_type", contentType);
        assertThat(errors(RAW, article)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/markdown", "text/htmlx", "html"})
    void shouldRejectAContentTypeOtherThanPlainTextOrHtml(String contentType) {
        ObjectNode article = designRaw();
        article.put("content_type", contentType);
        assertThat(errors(RAW, article))
                .extracting(message -> message.getInstanceLocation().toString())
                .contains("/content_type");
    }

    @Test
    void shouldRejectARawArticleWhosePublicationTimeIsNotATime() {
        ObjectNode article = designRaw();
        article.put("published_at", "last Tuesday");
        assertThat(errors(RAW, article)).isNotEmpty();
    }

    @Test
    void shouldTakeABlankPublicationTimeAsAbsent() {
        ObjectNode article = designRaw();
        article.put("published_at", " ");
        assertThat(errors(RAW, article)).isEmpty();
    }

    @Test
    void shouldTakeASingleAuthorAsAList() {
        ObjectNode article = designRaw();
        article.put("authors", "Staff reporter");
        assertThat(errors(RAW, article)).isEmpty();
    }

    /**
     * Accept reads times leniently (no offset means UTC, a bare date is midnight); the published contract asks
     * publishers for RFC 3339. If accept is made strict, or the schema lenient, this example changes with it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01", "2024-05-01T13:15:00", "2024-05-01T13:15Z"})
    void shouldAskPublishersForStricterTimesThanAcceptTakes(String time) {
        ObjectNode article = designRaw();
        article.put("published_at", time);
        Verdict verdict = new ArticleValidator(1024).decide(null, ArticleJson.toBytes(article), Instant.EPOCH);
        assertThat(verdict).isInstanceOf(AcceptedArticle.class);
        assertThat(errors(RAW, article)).isNotEmpty();
    }

    // ---- enriched article

    @Test
    void shouldAcceptAMinimalEnrichedArticle() {
        assertThat(errors(ENRICHED, minimalEnriched())).isEmpty();
    }

    @Test
    void shouldAcceptAnEnrichedArticleWithEveryLinkFilledIn() {
        Link previous = new Link("a0", "Before", "https://herald.example/a0", "2024-02-29T08:00:00Z");
        Link next = new Link("a2", null, null, "2024-03-02T08:00:00Z");
        RelatedLink related = new RelatedLink("b7", "Alike", "https://other.example/b7", "2024-01-01T00:00:00Z", "other-news", 0.42);
        EnrichedArticle article = enriched(new Neighbors(previous, next, List.of(related)));
        assertThat(errors(ENRICHED, ArticleJson.toJson(article))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "zh", "und"})
    void shouldAcceptAnIso6391LanguageOrUnd(String language) {
        ObjectNode article = minimalEnriched();
        article.put("language", language);
        assertThat(errors(ENRICHED, article)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "en-GB", "EN", "ast", ""})
    void shouldRejectALanguageThatIsNoIso6391CodeNorUnd(String language) {
        ObjectNode article = minimalEnriched();
        article.put("language", language);
        assertThat(errors(ENRICHED, article)).isNotEmpty();
    }

    @Test
    void shouldRequireEveryFieldAnEnrichedArticleHas() {
        List<String> required = new ArrayList<>();
        ENRICHED.getSchemaNode().get("required").forEach(name -> required.add(name.textValue()));
        List<String> emitted = new ArrayList<>();
        minimalEnriched().fieldNames().forEachRemaining(emitted::add);
        assertThat(required).containsExactlyInAnyOrderElementsOf(emitted);
    }

    @ParameterizedTest
    @MethodSource("enrichedFieldPaths")
    void shouldRejectAnEnrichedArticleMissingAField(String path) {
        ObjectNode article = minimalEnriched();
        ObjectNode parent = path.contains(".") ? (ObjectNode) article.get(path.substring(0, path.indexOf('.'))) : article;
        parent.remove(path.substring(path.indexOf('.') + 1));
        assertThat(errors(ENRICHED, article))
                .extracting(ValidationMessage::getType)
                .contains("required");
    }

    @Test
    void shouldRejectAnEnrichedArticleWithAFieldTheSchemaDoesNotName() {
        ObjectNode article = minimalEnriched();
        article.put("sentiment", 0.3);
        assertThat(errors(ENRICHED, article))
                .extracting(ValidationMessage::getType)
                .contains("additionalProperties");
    }

    @Test
    void shouldRejectAnEnrichedArticleOfAnotherSchemaVersion() {
        ObjectNode article = minimalEnriched();
        article.put("schema_version", 2);
        assertThat(errors(ENRICHED, article)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789", "0123", "hex"})
    void shouldRejectAContentHashThatIsNotLowercaseSha256Hex(String hash) {
        ObjectNode article = minimalEnriched();
        article.put("content_hash", hash);
        assertThat(errors(ENRICHED, article)).isNotEmpty();
    }

    @Test
    void shouldRejectRevisionZero() {
        ObjectNode article = minimalEnriched();
        article.put("revision", 0);
        assertThat(errors(ENRICHED, article)).isNotEmpty();
    }

    // ---- what the pipeline really reads and writes

    @Test
    void shouldDescribeEveryRecordTheTopologyEmitsForTheSampleFeed() throws IOException {
        List<TestRecord<String, String>> emitted = runSampleFeed();
        List<TestRecord<String, String>> revisions = emitted.stream().filter(record -> record.value() != null).toList();

        assertThat(revisions).isNotEmpty();
        Map<String, Set<ValidationMessage>> invalid = new LinkedHashMap<>();
        for (TestRecord<String, String> record : revisions) {
            Set<ValidationMessage> problems = errors(ENRICHED, record.value());
            if (!problems.isEmpty()) {
                invalid.put(record.key() + " rev " + JSON.readTree(record.value()).path("revision"), problems);
            }
        }
        assertThat(invalid).as("enriched records the schema refuses").isEmpty();
    }

    @Test
    void shouldDescribeEverySampleLineAcceptAccepts() throws IOException {
        ArticleValidator validator = new ArticleValidator(ArticleflowConfig.defaults().maxBodyBytes());
        int accepted = 0;
        for (String line : sampleLines()) {
            RawLine raw = RawLine.of(line);
            if (raw.value() == null) {
                continue; // a withdrawal: a tombstone, no value to describe
            }
            Verdict verdict = validator.decide(null, raw.value(), Instant.parse("2024-05-05T00:00:00Z"));
            if (verdict instanceof AcceptedArticle) {
                accepted++;
                assertThat(errors(RAW, line)).as("schema errors for accepted line %s", abbreviate(line)).isEmpty();
            }
        }
        assertThat(accepted).isGreaterThan(0);
    }

    @Test
    void shouldRefuseEverySampleLineAcceptRejects() throws IOException {
        ArticleValidator validator = new ArticleValidator(ArticleflowConfig.defaults().maxBodyBytes());
        List<String> rejected = new ArrayList<>();
        for (String line : sampleLines()) {
            RawLine raw = RawLine.of(line);
            if (raw.value() == null) {
                continue;
            }
            Verdict verdict = validator.decide(null, raw.value(), Instant.parse("2024-05-05T00:00:00Z"));
            if (verdict instanceof Rejection rejection) {
                String schemaSays = !isJson(line) ? "not JSON"
                        : errors(RAW, line).stream().map(error -> error.getType() + " " + error.getProperty()).sorted().toList().toString();
                rejected.add(rejection.reason().code() + ": " + schemaSays);
            }
        }
        assertThat(rejected).containsExactly(
                "invalid_json: not JSON",
                "missing_field: [required source]");
    }

    // ---- fixtures

    /** Runs the sample feed through the very topology `run` uses and returns every record it wrote, in order. */
    private List<TestRecord<String, String>> runSampleFeed() throws IOException {
        ArticleflowConfig config = ArticleflowConfig.defaults();
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        Instant start = Instant.parse("2024-05-05T00:00:00Z");
        try (TopologyTestDriver driver = new TopologyTestDriver(
                ArticleflowTopology.build(config, PipelineEvents.NONE, 1), props, start)) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(config.rawTopic(),
                    new ByteArraySerializer(), new ByteArraySerializer());
            TestOutputTopic<String, String> enriched = driver.createOutputTopic(config.enrichedTopic(),
                    new StringDeserializer(), new StringDeserializer());
            List<TestRecord<String, String>> emitted = new ArrayList<>();
            long second = 0;
            for (String line : sampleLines()) {
                RawLine record = RawLine.of(line);
                raw.pipeInput(new TestRecord<>(record.key(), record.value(), start.plusSeconds(second++)));
                emitted.addAll(enriched.readRecordsToList());
            }
            return emitted;
        }
    }

    private static List<String> sampleLines() throws IOException {
        return Files.readAllLines(SAMPLE_FEED, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
    }

    private static Stream<String> enrichedFieldPaths() {
        ObjectNode article = minimalEnriched();
        List<String> paths = new ArrayList<>();
        article.fieldNames().forEachRemaining(paths::add);
        article.get("neighbors").fieldNames().forEachRemaining(name -> paths.add("neighbors." + name));
        return paths.stream();
    }

    private static EnrichedArticle enriched(Neighbors neighbors) {
        return new EnrichedArticle("a1", "herald", null, null, "2024-03-01T08:00:00Z", null, null,
                List.of(), List.of(), "", "", List.of(), List.of(), 0, 0,
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", neighbors, null,
                EnrichedArticle.SCHEMA_VERSION, 1, "2024-03-01T08:00:05Z");
    }

    /** An enriched article with every field it can leave empty left empty: the text of an empty article. */
    private static ObjectNode minimalEnriched() {
        return (ObjectNode) tree(ArticleJson.toJson(enriched(Neighbors.NONE)));
    }

    private static ObjectNode designRaw() {
        return (ObjectNode) tree(DESIGN_RAW_ARTICLE);
    }

    private static Set<ValidationMessage> errors(JsonSchema schema, String json) {
        return schema.validate(tree(json));
    }

    private static Set<ValidationMessage> errors(JsonSchema schema, JsonNode json) {
        return schema.validate(json);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJson(String line) {
        try {
            JSON.readTree(line);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }

    private static JsonSchema schema(String resource) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = RecordSchemasTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
