package articleflow.ops;

import articleflow.config.ArticleflowConfig;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Plain Kafka clients for the tools around the job (produce, tail, lag, replay), configured from the same
 * settings as the job (security included) but given only the settings each client knows. Settings no client can be
 * built from (a malformed {@code sasl.jaas.config}) are a {@link org.apache.kafka.common.config.ConfigException}.
 */
public final class KafkaClients {

    /**
     * How long a tool waits for an unreachable cluster before it gives up, unless the settings say otherwise:
     * the default of {@code max.block.ms}, {@code default.api.timeout.ms} and {@code request.timeout.ms} of the
     * tools' clients (Kafka's own defaults are 60 s and 30 s).
     */
    public static final Duration TOOL_TIMEOUT = Duration.ofSeconds(15);

    private KafkaClients() {
    }

    /** Throws {@link ClusterUnreachableException} naming the cluster when it does not answer within {@link #TOOL_TIMEOUT}. */
    public static void requireReachable(ArticleflowConfig config) {
        ClusterCheck.brokerCount(only(config.kafkaProperties(), AdminClientConfig.configNames()), TOOL_TIMEOUT);
    }

    public static Admin admin(ArticleflowConfig config) {
        Properties props = only(config.kafkaProperties(), AdminClientConfig.configNames());
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis(TOOL_TIMEOUT));
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(TOOL_TIMEOUT));
        try {
            return Admin.create(props);
        } catch (KafkaException e) {
            throw ClusterAccess.unusableSettings("admin client", e, props);
        }
    }

    public static KafkaProducer<byte[], byte[]> producer(ArticleflowConfig config) {
        Properties props = only(config.kafkaProperties(), ProducerConfig.configNames());
        props.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.maxBodyBytes() + 1024 * 1024);
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis(TOOL_TIMEOUT));
        try {
            return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        } catch (KafkaException e) {
            throw ClusterAccess.unusableSettings("producer", e, props);
        }
    }

    /**
     * Closes a producer after a send failed, without waiting for the sends still pending. An orderly close after a
     * refused send (a missing ACL) tries to abort a transaction that an idempotent producer never had, and logs
     * that with a stack trace (Kafka 4.4); the caller reports the failure in its own words.
     */
    public static void closeAfterFailure(KafkaProducer<?, ?> producer) {
        producer.close(Duration.ZERO);
    }

    /** A consumer that reads only committed records, as every downstream service of an exactly-once job should. */
    public static KafkaConsumer<byte[], byte[]> consumer(ArticleflowConfig config, String groupId) {
        return consumer(config, groupId, true);
    }

    /** @param autoCommit false when the caller commits exactly what it has dealt with, and nothing more */
    public static KafkaConsumer<byte[], byte[]> consumer(ArticleflowConfig config, String groupId, boolean autoCommit) {
        Properties props = only(config.kafkaProperties(), ConsumerConfig.configNames());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, config.maxBodyBytes() * 4);
        props.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis(TOOL_TIMEOUT));
        props.putIfAbsent(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(TOOL_TIMEOUT));
        if (groupId == null) {
            props.remove(ConsumerConfig.GROUP_ID_CONFIG);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        } else {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, autoCommit);
        }
        try {
            return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        } catch (KafkaException e) {
            throw ClusterAccess.unusableSettings("consumer", e, props);
        }
    }

    /** Connection and security settings a plain consumer understands, without a group: for probes like {@link LagReader}. */
    public static Properties consumerSettings(ArticleflowConfig config) {
        Properties props = only(config.kafkaProperties(), ConsumerConfig.configNames());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return props;
    }

    private static int millis(Duration duration) {
        return (int) duration.toMillis();
    }

    private static Properties only(Properties all, Set<String> known) {
        Properties props = new Properties();
        all.stringPropertyNames().forEach(name -> {
            // security settings (sasl.*, ssl.* and their listener-specific forms) always pass
            if (known.contains(name) || name.startsWith("sasl.") || name.startsWith("ssl.")) {
                props.put(name, all.getProperty(name));
            }
        });
        return props;
    }
}
