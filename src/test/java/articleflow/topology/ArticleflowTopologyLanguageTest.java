package articleflow.topology;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article's language through the whole topology: detected, checked, and followed by the summary. */
class ArticleflowTopologyLanguageTest {

    private static final String GERMAN_BODY = "Der Stadtrat von Hafenstein hat am 3. Mai beschlossen, die alte "
            + "Hafenbrücke ab dem 1. Juni für sechs Wochen zu sperren. Bei einer Prüfung fanden Ingenieure Rost an "
            + "zwei Pfeilern, z. B. am Pfeiler Nr. 4 an der Ostseite.\n\n"
            + "Die Sperrung betrifft täglich rund 12.000 Pendler, d. h. etwa ein Drittel des Verkehrs. Während der "
            + "Sperrung bringen Fähren die Pendler über den Fluss.\n\n"
            + "Die Reparatur der Brücke kostet ca. 4 Mio. Euro, vgl. S. 12 des Berichts. Der Verein der "
            + "Hafenhändler fürchtet u. a. weniger Kundschaft in den Wochen der Sperrung.";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<byte[], byte[]> enriched;
    private final List<String> checks = new ArrayList<>();
    private final Map<String, EnrichedArticle> latest = new HashMap<>();

    @BeforeEach
    void start() {
        ArticleflowConfig config = ArticleflowConfig.defaults();
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        PipelineEvents events = new PipelineEvents() {
            @Override
            public void languageSettled(String source, String outcome, String language) {
                checks.add(source + ":" + outcome + ":" + language);
            }
        };
        driver = new TopologyTestDriver(ArticleflowTopology.build(config, events, 1), props);
        raw = driver.createInputTopic(config.rawTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(config.enrichedTopic(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(ObjectNode article) {
        raw.pipeInput(new TestRecord<>(article.get("id").asText().getBytes(StandardCharsets.UTF_8),
                article.toString().getBytes(StandardCharsets.UTF_8), Instant.parse("2024-05-01T00:00:00Z")));
        while (!enriched.isEmpty()) {
            TestRecord<byte[], byte[]> record = enriched.readRecord();
            latest.put(new String(record.key(), StandardCharsets.UTF_8),
                    ArticleJson.fromBytes(record.value(), EnrichedArticle.class));
        }
    }

    @Test
    void shouldDetectTheLanguageOfAnArticleSentWithoutOneAndSummarizeItByItsRules() {
        ObjectNode article = Articles.article("bruecke", "hafen-zeitung", "2024-05-01T08:00:00Z",
                "Hafenbrücke wird gesperrt", GERMAN_BODY);
        article.remove("language");

        send(article);

        EnrichedArticle result = latest.get("bruecke");
        assertThat(result.language()).isEqualTo("de");
        assertThat(checks).containsExactly("hafen-zeitung:detected:de");
        assertThat(result.summarySentences()).isNotEmpty().allSatisfy(s -> {
            assertThat(GERMAN_BODY).contains(s);
            assertThat(s).endsWith(".").doesNotEndWith("z. B.").doesNotEndWith("Nr.").doesNotEndWith("3.");
        });
    }

    @Test
    void shouldKeepThePublishersLanguageAndCountItWhenTheTextDisagrees() {
        send(Articles.article("bruecke", "hafen-zeitung", "2024-05-01T08:00:00Z", "Hafenbrücke wird gesperrt",
                GERMAN_BODY));
        ObjectNode english = Articles.article("budget", "town-news", "2024-05-01T09:00:00Z", "Budget approved",
                Articles.body("Marlow"));
        english.put("language", "en-GB");
        send(english);

        assertThat(latest.get("bruecke").language()).isEqualTo("en");
        assertThat(latest.get("budget").language()).isEqualTo("en");
        assertThat(checks).containsExactly("hafen-zeitung:disagreed:en", "town-news:agreed:en");
    }
}
