package articleflow.cli;

import static articleflow.cli.CommandRun.assertOneLine;

import articleflow.broker.BrokerTest;
import articleflow.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A following {@code tail} whose cluster stops answering says so and exits 4, as {@code lag --watch} does, rather
 * than following silence for ever. The broker is stopped, so it is one of the test's own; about 45 s: slow.
 */
@BrokerTest
class TailClusterGoneBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    @Tag("slow")
    void shouldExitWhenTheClusterStopsAnsweringWhileFollowing() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir)) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic("articles.enriched", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            CompletableFuture<CommandRun> tail = CompletableFuture.supplyAsync(
                    () -> CommandRun.inProcess("tail", "--bootstrap-server", bootstrap));
            Thread.sleep(5_000);

            broker.stop();

            // 15 s of quiet, then a metadata request given 15 s more
            assertOneLine(tail.get(60, TimeUnit.SECONDS), Main.CLUSTER_UNREACHABLE,
                    "cannot reach the Kafka cluster at " + bootstrap);
        }
    }
}
