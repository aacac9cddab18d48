package articleflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ArticleflowConfigTest {

    private static ArticleflowConfig commandLine(Map<String, String> settings) {
        return ArticleflowConfig.load(null, Map.of(), settings);
    }

    @Test
    void shouldLayerFileEnvironmentAndCommandLineInThatOrder() {
        Properties file = new Properties();
        file.setProperty("articleflow.summary.sentences", "2");
        file.setProperty("articleflow.summary.words", "50");
        file.setProperty("bootstrap.servers", "file:9092");
        ArticleflowConfig config = ArticleflowConfig.load(file,
                Map.of("ARTICLEFLOW_SUMMARY_WORDS", "60", "ARTICLEFLOW_BOOTSTRAP_SERVERS", "env:9092", "PATH", "/bin"),
                Map.of("bootstrap.servers", "cli:9092"));
        assertThat(config.summaryOptions().maxSentences()).isEqualTo(2);
        assertThat(config.summaryOptions().maxWords()).isEqualTo(60);
        assertThat(config.get("bootstrap.servers")).isEqualTo("cli:9092");
        assertThat(config.kafkaProperties()).doesNotContainKey("articleflow.summary.words").doesNotContainKey("path");
    }

    @Test
    void shouldDropEmptyAndRepeatedServersSoThatOnlyCommasAreNoClusterAtAll() {
        assertThat(commandLine(Map.of("bootstrap.servers", " a:9092,,b:9092 , a:9092,")).get("bootstrap.servers"))
                .isEqualTo("a:9092,b:9092");
        assertThat(commandLine(Map.of("bootstrap.servers", ",, ,")).get("bootstrap.servers")).isEmpty();
    }

    @Test
    void shouldMapEnvironmentVariablesToOwnKeysWithoutTheirPrefix() {
        assertThat(ArticleflowConfig.keyOfEnvironmentVariable("ARTICLEFLOW_HTTP_PORT")).isEqualTo("articleflow.http.port");
        assertThat(ArticleflowConfig.keyOfEnvironmentVariable("ARTICLEFLOW_TOPICS_RAW")).isEqualTo("articleflow.topics.raw");
        assertThat(ArticleflowConfig.keyOfEnvironmentVariable("ARTICLEFLOW_NUM_STREAM_THREADS")).isEqualTo("num.stream.threads");
    }

    @Test
    void shouldRefuseAnUnknownOwnSettingAndNameTheClosestKnownOne() {
        assertThatThrownBy(() -> commandLine(Map.of("articleflow.summary.sentence", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting articleflow.summary.sentence (did you mean articleflow.summary.sentences?)");
    }

    @Test
    void shouldRefuseABadKafkaValueWhenLoadedNotWhenAClientStarts() {
        assertThatThrownBy(() -> commandLine(Map.of("request.timeout.ms", "abc")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("bad value for request.timeout.ms: ").hasMessageContaining("abc");
        assertThatThrownBy(() -> commandLine(Map.of("producer.linger.ms", "-5")))
                .hasMessageStartingWith("bad value for producer.linger.ms: ");
        assertThatThrownBy(() -> commandLine(Map.of("processing.guarantee", "exactly_twice")))
                .hasMessageStartingWith("bad value for processing.guarantee: ");
        assertThatThrownBy(() -> commandLine(Map.of("security.protocol", "NOPE")))
                .hasMessageStartingWith("bad value for security.protocol: ");
    }

    @Test
    void shouldKeepKafkaValuesTheClientsAccept() {
        ArticleflowConfig config = commandLine(Map.of("request.timeout.ms", " 30000 ", "main.consumer.max.poll.records",
                "200", "processing.guarantee", "at_least_once", "topic.min.insync.replicas", "2", "sasl.login.x", "y",
                "no.such.setting", "kept, with a warning"));
        assertThat(config.get("main.consumer.max.poll.records")).isEqualTo("200");
        // Streams' group.protocol takes "streams", the consumer's takes "consumer": each is judged by its own
        assertThat(commandLine(Map.of("group.protocol", "streams")).get("group.protocol")).isEqualTo("streams");
        assertThat(commandLine(Map.of("main.consumer.group.protocol", "consumer")).get("main.consumer.group.protocol"))
                .isEqualTo("consumer");
        assertThat(config.unknownKafkaSettings()).hasSize(1);
    }

    @Test
    void shouldRefuseAValueOfTheWrongTypeNamingTheSetting() {
        assertThatThrownBy(() -> commandLine(Map.of("articleflow.summary.sentences", "one")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("articleflow.summary.sentences").hasMessageContaining("one");
        assertThatThrownBy(() -> commandLine(Map.of("articleflow.http.port", "70000")))
                .hasMessageContaining("articleflow.http.port");
        assertThatThrownBy(() -> commandLine(Map.of("articleflow.furniture.min.span", "an hour")))
                .hasMessageContaining("ISO-8601 duration");
    }

    @Test
    void shouldWarnOfKafkaSettingsNoClientKnows() {
        ArticleflowConfig config = commandLine(Map.of(
                "num.stream.thread", "2",
                "bootstrap.server", "x:1",
                "num.stream.threads", "2",
                "producer.linger.ms", "5",
                "main.consumer.max.poll.records", "100",
                "topic.max.message.bytes", "1000000",
                "sasl.jaas.config", "secret",
                "consumer.no.such.thing", "1"));
        assertThat(config.unknownKafkaSettings()).containsExactly(
                "bootstrap.server is not a setting of Kafka Streams or its clients, so it has no effect (did you mean bootstrap.servers?)",
                "consumer.no.such.thing is not a setting of Kafka Streams or its clients, so it has no effect",
                "num.stream.thread is not a setting of Kafka Streams or its clients, so it has no effect (did you mean num.stream.threads?)");
    }

    @Test
    void shouldGiveTheDocumentedDefaults() {
        ArticleflowConfig config = ArticleflowConfig.defaults();
        assertThat(config.applicationId()).isEqualTo("articleflow");
        assertThat(config.rawTopic()).isEqualTo("articles.raw");
        assertThat(config.maxBodyBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(config.furnitureSettings().minSpan()).hasHours(1);
        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.unknownKafkaSettings()).isEmpty();
    }

    @Test
    void shouldDocumentEverySettingInTheReadmeAsDeclared() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String start = "<!-- settings table: generated from articleflow.config.Settings -->\n";
        String end = "<!-- end of settings table -->";
        assertThat(readme).contains(start).contains(end);
        String documented = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf(end));
        assertThat(documented).as("README settings table; paste Settings.markdownTable()").isEqualTo(Settings.markdownTable());
    }
}
