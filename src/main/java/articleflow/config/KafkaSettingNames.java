package articleflow.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The names Kafka Streams and its clients know, with the prefixes Streams uses to aim a setting at one client. */
final class KafkaSettingNames {

    /** Streams passes {@code producer.x} to its producers, {@code topic.x} to the topics it creates, and so on. */
    private static final String[] CLIENT_PREFIXES = {
            StreamsConfig.PRODUCER_PREFIX, StreamsConfig.CONSUMER_PREFIX, StreamsConfig.MAIN_CONSUMER_PREFIX,
            StreamsConfig.RESTORE_CONSUMER_PREFIX, StreamsConfig.GLOBAL_CONSUMER_PREFIX, StreamsConfig.ADMIN_CLIENT_PREFIX};

    private static final Set<String> CLIENT_NAMES = new TreeSet<>();
    private static final Set<String> ALL = new TreeSet<>();
    private static final Set<String> TOPIC_NAMES = new TreeSet<>();

    static {
        for (Field field : TopicConfig.class.getFields()) {
            if (field.getName().endsWith("_CONFIG") && Modifier.isStatic(field.getModifiers())) {
                try {
                    TOPIC_NAMES.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("TopicConfig's constants are public", e);
                }
            }
        }
        CLIENT_NAMES.addAll(ProducerConfig.configNames());
        CLIENT_NAMES.addAll(ConsumerConfig.configNames());
        CLIENT_NAMES.addAll(AdminClientConfig.configNames());
        ALL.addAll(CLIENT_NAMES);
        ALL.addAll(StreamsConfig.configDef().names());
    }

    private KafkaSettingNames() {
    }

    static boolean isKnown(String key) {
        if (ALL.contains(key)) {
            return true;
        }
        for (String prefix : CLIENT_PREFIXES) {
            if (key.startsWith(prefix) && CLIENT_NAMES.contains(key.substring(prefix.length()))) {
                return true;
            }
        }
        if (key.startsWith(StreamsConfig.TOPIC_PREFIX)) {
            return isTopicSetting(key.substring(StreamsConfig.TOPIC_PREFIX.length()));
        }
        // listener- and mechanism-specific security settings (sasl.login.*, ssl.*) are passed on as they are
        return key.startsWith("sasl.") || key.startsWith("ssl.");
    }

    /** {@code producer.linger.ms} as {@code linger.ms}: the name the client's own definition knows. */
    static String withoutClientPrefix(String key) {
        for (String prefix : CLIENT_PREFIXES) {
            if (key.startsWith(prefix) && CLIENT_NAMES.contains(key.substring(prefix.length()))) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }

    static Set<String> all() {
        return ALL;
    }

    private static boolean isTopicSetting(String name) {
        return TOPIC_NAMES.contains(name);
    }
}
