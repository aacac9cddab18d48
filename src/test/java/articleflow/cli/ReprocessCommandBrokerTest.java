package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.BrokerTest;
import articleflow.broker.SharedBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/** {@code reprocess}, even a dry run, refuses in one line while an instance of the job is still in its group. */
@BrokerTest
class ReprocessCommandBrokerTest {

    @Test
    void shouldRefuseADryRunWhileTheJobRunsInOneLine() throws Exception {
        String applicationId = SharedBroker.uniqueName("reprocess-cli");
        String raw = SharedBroker.uniqueName("raw");
        try (Admin admin = SharedBroker.admin()) {
            admin.createTopics(List.of(new NewTopic(raw, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        // a member of the application's group is what a running instance looks like to the cluster
        try (KafkaConsumer<byte[], byte[]> instance = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, applicationId), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            instance.subscribe(List.of(raw));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (instance.assignment().isEmpty() && System.nanoTime() < deadline) {
                instance.poll(Duration.ofMillis(200));
            }
            assertThat(instance.assignment()).isNotEmpty();

            CommandRun reprocess = CommandRun.inProcess("reprocess", "--dry-run",
                    "--bootstrap-server", SharedBroker.bootstrapServers(),
                    "-D", "application.id=" + applicationId, "-D", "articleflow.topics.raw=" + raw);

            assertThat(reprocess.exitCode()).as(reprocess.toString()).isEqualTo(Main.FAILED);
            assertThat(reprocess.stderr()).as(reprocess.toString())
                    .contains("articleflow: the job is still running: consumer group " + applicationId)
                    .contains("stop every instance first")
                    .doesNotContain("\tat ");
        }
    }
}
