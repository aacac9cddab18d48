package articleflow.broker;

import static articleflow.broker.EmbeddedBrokerTest.consume;
import static articleflow.broker.EmbeddedBrokerTest.produce;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes and restarts need a broker of their own: the shared one must stay up for every other
 * test. Both take more than 20 s here, so they run with {@code mvn -Pbroker-long test}.
 */
@BrokerTest
class BrokerCrashTest {

    @TempDir
    Path dataDir;

    /** About 25 s on a busy 2-core machine (a start, a kill, a restart after the old session expires): slow. */
    @Test
    @Tag("slow")
    void shouldKeepAcknowledgedRecordsWhenTheBrokerIsKilledAndRestarted() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir)) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic("articles.raw", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            produce(bootstrap, "articles.raw", "kim-russia-train", "before the crash");

            broker.kill();
            assertThat(broker.isRunning()).isFalse();
            broker.restart();

            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(consume(bootstrap, "articles.raw", 1))
                    .extracting(ConsumerRecord::value)
                    .containsExactly("before the crash");
        }
    }

    /** What {@code run --embedded} does with a data folder kept between runs. */
    @Test
    @Tag("slow")
    void shouldServeTheSameDataOnTheSameAddressWhenStartedAgainOnItsFolder() throws Exception {
        String bootstrap;
        try (EmbeddedBroker first = EmbeddedBroker.start(dataDir)) {
            bootstrap = first.bootstrapServers();
            try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic("articles.raw", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            produce(bootstrap, "articles.raw", "kim-russia-train", "from the first run");
        }

        try (EmbeddedBroker second = EmbeddedBroker.start(dataDir)) {
            assertThat(second.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(consume(second.bootstrapServers(), "articles.raw", 1))
                    .extracting(ConsumerRecord::value)
                    .containsExactly("from the first run");
        }
    }
}
