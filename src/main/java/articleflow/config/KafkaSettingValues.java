package articleflow.config;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka's own check of a client or Streams setting's value, made when the settings are loaded. Left to the clients,
 * a bad value fails only when the client it is meant for starts, and never where a tool sets its own value over
 * it (the tools' timeouts): {@code -D request.timeout.ms=abc} was then reported as an unreachable cluster.
 */
final class KafkaSettingValues {

    private static final List<ConfigDef> CLIENTS = List.of(ProducerConfig.configDef(), ConsumerConfig.configDef(),
            AdminClientConfig.configDef());

    /** {@code producer.linger.ms} is the producer's to judge, {@code main.consumer.x} the consumer's, and so on. */
    private static final Map<String, ConfigDef> BY_PREFIX = Map.of(
            StreamsConfig.PRODUCER_PREFIX, ProducerConfig.configDef(),
            StreamsConfig.CONSUMER_PREFIX, ConsumerConfig.configDef(),
            StreamsConfig.MAIN_CONSUMER_PREFIX, ConsumerConfig.configDef(),
            StreamsConfig.RESTORE_CONSUMER_PREFIX, ConsumerConfig.configDef(),
            StreamsConfig.GLOBAL_CONSUMER_PREFIX, ConsumerConfig.configDef(),
            StreamsConfig.ADMIN_CLIENT_PREFIX, AdminClientConfig.configDef());

    private KafkaSettingValues() {
    }

    /**
     * Throws a {@link ConfigException} naming {@code key} when Kafka would refuse {@code value}: a prefixed key by its
     * client's definition; an unprefixed one by Streams' when Streams defines it (its {@code group.protocol} takes
     * "streams", the consumer's does not), else unless some client that defines it takes the value.
     */
    static void requireValid(String key, String value) {
        String name = KafkaSettingNames.withoutClientPrefix(key);
        if (name.equals("bootstrap.servers")) {
            return; // an empty one is "no cluster configured", said with where to give one (ClusterAccess)
        }
        List<ConfigDef> judges;
        if (!name.equals(key)) {
            judges = List.of(BY_PREFIX.get(key.substring(0, key.length() - name.length())));
        } else if (StreamsConfig.configDef().configKeys().containsKey(name)) {
            judges = List.of(StreamsConfig.configDef());
        } else {
            judges = CLIENTS;
        }
        ConfigException refusal = null;
        for (ConfigDef definitions : judges) {
            ConfigDef.ConfigKey definition = definitions.configKeys().get(name);
            if (definition == null) {
                continue;
            }
            try {
                Object parsed = ConfigDef.parseType(name, value, definition.type);
                if (definition.validator != null) {
                    definition.validator.ensureValid(name, parsed);
                }
                return;
            } catch (ConfigException refused) {
                refusal = refused;
            }
        }
        if (refusal != null) {
            throw new ConfigException("bad value for " + key + ": " + refusal.getMessage());
        }
    }
}
