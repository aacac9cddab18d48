package articleflow.cli;

import static articleflow.cli.CommandRun.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.BrokerTest;
import articleflow.broker.SharedBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code produce} against a cluster that answers: what it sends, and what it says when it cannot send. */
@BrokerTest
class ProduceCommandBrokerTest {

    private static final String ARTICLE = "{\"id\":\"a-1\",\"source\":\"valley-times\",\"body\":\"The ferry sailed.\"}";

    @TempDir
    Path dir;

    @Test
    void shouldNameATopicThatDoesNotExistAtOnce() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), ARTICLE + "\n");
        String missing = SharedBroker.uniqueName("junk.raw");
        String cluster = SharedBroker.bootstrapServers();

        long started = System.nanoTime();
        CommandRun produce = CommandRun.inProcess("produce", "--bootstrap-server", cluster,
                "-D", "articleflow.topics.raw=" + missing, feed.toString());

        assertOneLine(produce, Main.FAILED, "topic " + missing + " not found on the cluster at "
                + cluster + " (create it with `articleflow topics apply`)");
        // the cluster answered: no wait for a topic that will not appear
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void shouldSendAFolderOfFeedsWithoutASource() throws Exception {
        String topic = rawTopic();
        Path feeds = Files.createDirectory(dir.resolve("feeds"));
        Files.writeString(feeds.resolve("monday.jsonl"), ARTICLE + "\n");
        Files.writeString(feeds.resolve("tuesday.ndjson"), ARTICLE.replace("a-1", "a-2") + "\n");

        CommandRun produce = CommandRun.inProcess("produce", "--bootstrap-server", SharedBroker.bootstrapServers(),
                "-D", "articleflow.topics.raw=" + topic, feeds.toString());

        assertThat(produce.exitCode()).as(produce.toString()).isZero();
        assertThat(produce.stdout()).contains("produced 2 records to " + topic);
    }

    private static String rawTopic() throws Exception {
        String topic = SharedBroker.uniqueName("raw");
        try (Admin admin = SharedBroker.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return topic;
    }
}
