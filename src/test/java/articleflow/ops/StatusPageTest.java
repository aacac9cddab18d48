package articleflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.ops.LagHistory.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class StatusPageTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void shouldShowStateLagThroughputDeadLettersAndAnInlineChart() {
        String html = StatusPage.render(view(State.RUNNING, 42L, List.of(
                new Sample(NOW.minusSeconds(600), 0), new Sample(NOW.minusSeconds(300), 84), new Sample(NOW, 42))));

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<span id=\"state\" class=\"ok\">RUNNING</span>")
                .contains("<span id=\"lag\">42</span> records (oldest unprocessed 12.5 s old)")
                .contains("12.3 records/s read from articles.raw")
                .contains("<span id=\"dead-letters\">3</span> (invalid_json 2, too_large 1)")
                .contains("<meta http-equiv=\"refresh\" content=\"5\">")
                .contains("<svg").contains("<polyline").contains("</svg>")
                .doesNotContain("<script src").doesNotContain("http://").doesNotContain("https://");
        // the oldest sample at the left edge at lag 0, the highest at the top
        assertThat(html).contains("points=\"40.0,160.0 335.0,20.0 630.0,90.0\"");
    }

    @Test
    void shouldSayWhenNothingHasBeenSampledYetAndEscapeNames() {
        String html = StatusPage.render(new StatusPage.View("<app>", "REBALANCING", true, false, "raw&co", null,
                Duration.ZERO, 0, 0, 0, 0, 0, Map.of(), List.of(), Duration.ofMinutes(10), NOW));

        assertThat(html).contains("&lt;app&gt;").contains("raw&amp;co").contains("not read yet")
                .contains("no samples yet").contains("class=\"warn\">REBALANCING");
    }

    private static StatusPage.View view(State state, Long lag, List<Sample> history) {
        return new StatusPage.View("articleflow", state.toString(), HealthEndpoint.alive(state), HealthEndpoint.ready(state),
                "articles.raw", lag, Duration.ofMillis(12_500), 12.34, 10, 9, 12, 3,
                Map.of("invalid_json", 2.0, "too_large", 1.0), history, Duration.ofMinutes(10), NOW);
    }
}
