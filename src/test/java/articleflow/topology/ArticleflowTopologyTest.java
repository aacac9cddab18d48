package articleflow.topology;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.ops.PipelineEvents;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleflowTopologyTest {

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, String> raw;
    private TestOutputTopic<String, String> enriched;

    @BeforeEach
    void start() {
        ArticleflowConfig config = ArticleflowConfig.defaults();
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ArticleflowTopology.build(config, PipelineEvents.NONE), props);
        raw = driver.createInputTopic("articles.raw", new StringSerializer(), new StringSerializer());
        enriched = driver.createOutputTopic("articles.enriched", new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldEnrichAnArticle() {
        raw.pipeInput("a1", Articles.json(Articles.article("a1", "herald", "2024-03-01T08:00:00Z", "Budget", Articles.body("Exton"))));
        Map<String, String> latest = enriched.readKeyValuesToMap();
        EnrichedArticle article = ArticleJson.fromJson(latest.get("a1"), EnrichedArticle.class);
        assertThat(article.revision()).isEqualTo(1);
        assertThat(article.summarySentences()).isNotEmpty();
    }
}
