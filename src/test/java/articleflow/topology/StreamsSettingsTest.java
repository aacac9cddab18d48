package articleflow.topology;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    private static Properties settingsOf(String... keysAndValues) {
        ArticleflowConfig config = ArticleflowConfig.defaults();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config = config.with(keysAndValues[i], keysAndValues[i + 1]);
        }
        return StreamsSettings.of(config);
    }

    @Test
    void shouldRunExactlyOnceWithKafkaStreamsOwnLinger() {
        Properties props = settingsOf();

        assertThat(props.get("processing.guarantee")).isEqualTo("exactly_once_v2");
        // each commit flushes the producer: the commit interval, not linger, paces what downstream sees
        assertThat(props).doesNotContainKey("producer.linger.ms").doesNotContainKey("linger.ms")
                .doesNotContainKey("commit.interval.ms");
    }

    @Test
    void shouldSendAlmostAtOnceAndCommitEverySecondUnderAtLeastOnce() {
        Properties props = settingsOf("processing.guarantee", "at_least_once");

        assertThat(props.get("producer.linger.ms")).isEqualTo(StreamsSettings.AT_LEAST_ONCE_LINGER_MS);
        assertThat(props.get("commit.interval.ms")).isEqualTo(StreamsSettings.AT_LEAST_ONCE_COMMIT_INTERVAL_MS);
    }

    @Test
    void shouldLeaveLingerAndCommitIntervalToTheOperatorWhoSetThem() {
        Properties plain = settingsOf("processing.guarantee", "at_least_once", "linger.ms", "50",
                "commit.interval.ms", "30000");
        Properties prefixed = settingsOf("processing.guarantee", "at_least_once", "producer.linger.ms", "20");

        assertThat(plain).doesNotContainKey("producer.linger.ms");
        assertThat(plain.get("linger.ms")).isEqualTo("50");
        assertThat(plain.get("commit.interval.ms")).isEqualTo("30000");
        assertThat(prefixed.get("producer.linger.ms")).isEqualTo("20");
    }
}
