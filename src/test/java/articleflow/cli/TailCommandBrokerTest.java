package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.BrokerTest;
import articleflow.broker.SharedBroker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code tail} behaves like kafka-console-consumer where their options meet: values as stored, keys, metadata, groups. */
@BrokerTest
class TailCommandBrokerTest {

    private static final String ARTICLE = "{\"id\":\"a-1\",\"title\":\"Ferry timetable\"}";

    private String topic;

    @BeforeEach
    void publishAnArticleAndAWithdrawal() throws Exception {
        topic = SharedBroker.uniqueName("enriched");
        try (Admin admin = SharedBroker.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedBroker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> article = new ProducerRecord<>(topic, null, 1_700_000_000_000L, "a-1", ARTICLE);
            article.headers().add("origin", "line 1\nline 2".getBytes(StandardCharsets.UTF_8));
            producer.send(article).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(topic, null, 1_700_000_000_001L, "a-2", (String) null)).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldPrintValuesAsStoredWithKeysAndMetadataLikeTheConsoleConsumer() {
        CommandRun tail = tail("--from-beginning", "--json", "--print-key", "--print-metadata", "--max-messages", "2");

        assertThat(tail.exitCode()).as(tail.toString()).isZero();
        assertThat(tail.stdout().lines().toList()).containsExactly(
                "CreateTime:1700000000000\tPartition:0\tOffset:0\tHeaders:origin:line 1\\nline 2\ta-1\t" + ARTICLE,
                "CreateTime:1700000000001\tPartition:0\tOffset:1\tHeaders:NO_HEADERS\ta-2\tnull");
    }

    @Test
    void shouldEscapeKeysAndHeadersInTheReadableViewAsInTheRestOfTheRecord() {
        CommandRun tail = tail("--from-beginning", "--print-key", "--print-metadata", "--max-messages", "1");

        assertThat(tail.exitCode()).as(tail.toString()).isZero();
        assertThat(tail.stdout().lines().toList()).singleElement().asString()
                .startsWith("CreateTime:1700000000000\tPartition:0\tOffset:0\tHeaders:origin:line 1\\u000aline 2\ta-1\tunreadable ");
    }

    @Test
    void shouldPrintATombstoneAsNullAndStopWhenNothingArrivesWithinTheTimeout() {
        CommandRun tail = tail("--from-beginning", "--json", "--timeout-ms", "2000");

        assertThat(tail.exitCode()).as(tail.toString()).isZero();
        assertThat(tail.stdout().lines().toList()).containsExactly(ARTICLE, "null");
    }

    @Test
    void shouldGoOnWhereTheGroupLeftOff() {
        String group = SharedBroker.uniqueName("tail-group");

        // each run stops at its one message; the idle limit only bounds a group join that a loaded machine (CI's two
        // cores, mid-suite) can make slow, which once took the second run past 10 s with nothing printed
        CommandRun first = tail("--group", group, "--from-beginning", "--json", "--print-key", "--max-messages", "1",
                "--timeout-ms", "60000");
        CommandRun second = tail("--group", group, "--from-beginning", "--json", "--print-key", "--max-messages", "1",
                "--timeout-ms", "60000");

        assertThat(first.stdout().lines().toList()).as(first.toString()).containsExactly("a-1\t" + ARTICLE);
        assertThat(second.stdout().lines().toList()).as(second.toString()).containsExactly("a-2\tnull");
    }

    @Test
    void shouldNameATopicThatDoesNotExist() {
        CommandRun tail = CommandRun.inProcess("tail", "--bootstrap-server", SharedBroker.bootstrapServers(),
                "-D", "articleflow.topics.enriched=" + topic + "-missing", "--max-messages", "1");

        assertThat(tail.exitCode()).as(tail.toString()).isEqualTo(Main.FAILED);
        assertThat(tail.stderr()).contains("articleflow: topic " + topic + "-missing not found on the cluster at ")
                .contains("articleflow topics apply").doesNotContain("\tat ");
    }

    private CommandRun tail(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("tail", "--bootstrap-server", SharedBroker.bootstrapServers(),
                "-D", "articleflow.topics.enriched=" + topic));
        args.addAll(List.of(options));
        return CommandRun.inProcess(args.toArray(String[]::new));
    }
}
