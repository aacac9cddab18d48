package articleflow.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@BrokerTest
class EmbeddedBrokerTest {

    @Test
    void shouldAcceptARecordAndHandItBackToAConsumer() throws Exception {
        String topic = SharedBroker.uniqueName("round-trip");
        try (Admin admin = SharedBroker.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }

        produce(SharedBroker.bootstrapServers(), topic, "kim-russia-train", "{\"title\":\"Kim Jong Un's train\"}");

        assertThat(consume(SharedBroker.bootstrapServers(), topic, 1))
                .extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kim-russia-train", "{\"title\":\"Kim Jong Un's train\"}"));
    }

    @Test
    void shouldListenOnLoopbackButNeverOnTheUsualKafkaPort() {
        assertThat(SharedBroker.bootstrapServers()).startsWith("127.0.0.1:").doesNotEndWith(":9092");
    }

    @Test
    void shouldKeepServingWhenATerminalsCtrlCReachesTheBrokerProcessToo() throws Exception {
        // Ctrl-C signals the whole foreground process group: the broker is stopped by its parent, after the job
        EmbeddedBroker broker = SharedBroker.get();
        Process signal = new ProcessBuilder("kill", "-INT", String.valueOf(broker.pid())).start();
        assertThat(signal.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(signal.exitValue()).isZero();
        Thread.sleep(2_000);

        assertThat(broker.isRunning()).isTrue();
        String topic = SharedBroker.uniqueName("after-sigint");
        try (Admin admin = SharedBroker.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        produce(SharedBroker.bootstrapServers(), topic, "k", "still here");
        assertThat(consume(SharedBroker.bootstrapServers(), topic, 1)).extracting(ConsumerRecord::value)
                .containsExactly("still here");
    }

    static void produce(String bootstrapServers, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(40, TimeUnit.SECONDS);
        }
    }

    /** Reads the topic from the start until {@code expected} records arrived or 30 s passed. */
    static List<ConsumerRecord<String, String>> consume(String bootstrapServers, String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, SharedBroker.uniqueName("reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
