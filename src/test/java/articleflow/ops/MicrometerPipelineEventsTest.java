package articleflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerPipelineEventsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MicrometerPipelineEvents events = new MicrometerPipelineEvents(registry);

    @Test
    void shouldCountHowEachArticlesLanguageWasSettledAndDisagreementsPerSource() {
        events.languageSettled("valley-post", "agreed", "en");
        events.languageSettled("valley-post", "disagreed", "en");
        events.languageSettled("harbour-gazette", "detected", "de");
        events.languageSettled("harbour-gazette", "detected", "und");
        events.languageSettled("harbour-gazette", "detected", "<script>");

        assertThat(registry.scrape())
                .contains("articleflow_language_checks_total{outcome=\"disagreed\",source=\"valley-post\"} 1")
                .contains("articleflow_language_checks_total{outcome=\"agreed\",source=\"valley-post\"} 1")
                .contains("articleflow_language_checks_total{outcome=\"detected\",source=\"harbour-gazette\"} 3")
                .contains("articleflow_articles_language_total{language=\"en\"} 2")
                .contains("articleflow_articles_language_total{language=\"und\"} 1")
                .contains("articleflow_articles_language_total{language=\"unknown\"} 1")
                .doesNotContain("<script>");
    }

    @Test
    void shouldExportThePipelineEventsUnderPrometheusNames() {
        events.accepted("valley-post");
        events.accepted("valley-post");
        events.enriched("valley-post");
        events.revisionEmitted("valley-post");
        events.withdrawn("valley-post");
        events.staleSkipped("harbour-gazette");
        events.rejected("invalid_json", null);
        events.rejected("missing_field", "harbour-gazette");
        events.neighbourUpdates(2);
        events.normalizeNanos(TimeUnit.MILLISECONDS.toNanos(3));
        events.summarizeNanos(TimeUnit.MILLISECONDS.toNanos(5));

        assertThat(registry.scrape())
                .contains("articleflow_articles_accepted_total{source=\"valley-post\"} 2")
                .contains("articleflow_articles_enriched_total{source=\"valley-post\"} 1")
                .contains("articleflow_revisions_emitted_total{source=\"valley-post\"} 1")
                .contains("articleflow_articles_withdrawn_total{source=\"valley-post\"} 1")
                .contains("articleflow_stale_corrections_skipped_total{source=\"harbour-gazette\"} 1")
                .contains("articleflow_dead_letters_total{reason=\"invalid_json\",source=\"unknown\"} 1")
                .contains("articleflow_dead_letters_total{reason=\"missing_field\",source=\"harbour-gazette\"} 1")
                .contains("articleflow_neighbour_updates_total 2")
                .contains("articleflow_normalize_duration_seconds_bucket{le=")
                .contains("articleflow_normalize_duration_seconds_count 1")
                .contains("articleflow_summarize_duration_seconds_count 1");
        assertThat(events.total(MicrometerPipelineEvents.DEAD_LETTERS)).isEqualTo(2);
        assertThat(events.deadLettersByReason()).containsEntry("invalid_json", 1.0).containsEntry("missing_field", 1.0);
    }

    @Test
    void shouldBoundTheSourceLabelsAPublisherCanCreate() {
        for (int i = 0; i < MicrometerPipelineEvents.MAX_SOURCES + 50; i++) {
            events.accepted("source-" + i);
        }
        events.accepted("x".repeat(1000));

        assertThat(registry.find(MicrometerPipelineEvents.ACCEPTED).counters())
                .hasSize(MicrometerPipelineEvents.MAX_SOURCES + 1);
        assertThat(registry.get(MicrometerPipelineEvents.ACCEPTED).tag("source", "other").counter().count()).isEqualTo(51);
    }
}
