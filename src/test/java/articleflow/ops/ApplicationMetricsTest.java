package articleflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

/** /metrics keeps what the dashboard and alerts use, not every store and task figure of every Kafka client. */
class ApplicationMetricsTest {

    @Test
    void shouldKeepTheEssentialKafkaMetricsAndOursAndDropTheRestByDefault() {
        try (ApplicationMetrics metrics = new ApplicationMetrics()) {
            MeterRegistry registry = metrics.registry();
            gauge(registry, "kafka.stream.thread.process.rate");
            gauge(registry, "kafka.consumer.fetch.manager.records.lag", "topic", "articles.raw");
            gauge(registry, "kafka.stream.processor.node.record.e2e.latency.max", "processor-node-id", "write.enriched");
            gauge(registry, "kafka.stream.processor.node.record.e2e.latency.max", "processor-node-id", "feed-replies-repartition-sink");
            gauge(registry, "kafka.stream.state.put.rate", "rocksdb-state-id", "articles");
            gauge(registry, "kafka.admin.client.request.rate");
            gauge(registry, "articleflow.revisions.emitted");

            String scrape = metrics.scrape();

            assertThat(scrape).contains("kafka_stream_thread_process_rate ")
                    .contains("kafka_consumer_fetch_manager_records_lag{topic=\"articles.raw\"}")
                    .contains("processor_node_id=\"write.enriched\"")
                    .contains("articleflow_revisions_emitted ")
                    .contains("jvm_memory_used_bytes")
                    .doesNotContain("feed-replies-repartition-sink")
                    .doesNotContain("kafka_stream_state_put_rate")
                    .doesNotContain("kafka_admin_client");
        }
    }

    @Test
    void shouldKeepEveryKafkaMetricWhenAskedTo() {
        try (ApplicationMetrics metrics = new ApplicationMetrics(true)) {
            gauge(metrics.registry(), "kafka.stream.state.put.rate", "rocksdb-state-id", "articles");

            assertThat(metrics.scrape()).contains("kafka_stream_state_put_rate");
        }
    }

    private static void gauge(MeterRegistry registry, String name, String... tags) {
        Gauge.builder(name, () -> 1.0).tags(tags).register(registry);
    }
}
