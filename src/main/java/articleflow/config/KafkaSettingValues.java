package articleflow.config;

import java.util.List;
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

    private static final List<ConfigDef> DEFINITIONS = List.of(StreamsConfig.configDef(), ProducerConfig.configDef(),
            ConsumerConfig.configDef(), AdminClientConfig.configDef());

    private KafkaSettingValues() {
    }

    /** Throws a {@link ConfigException} naming {@code key} when a definition of it refuses {@code value}. */
    static void requireValid(String key, String value) {
        String name = KafkaSettingNames.withoutClientPrefix(key);
        if (name.equals("bootstrap.servers")) {
            return; // an empty one is "no cluster configured", said with where to give one (ClusterAccess)
        }
        for (ConfigDef definitions : DEFINITIONS) {
            ConfigDef.ConfigKey definition = definitions.configKeys().get(name);
            if (definition == null) {
                continue;
            }
            try {
                Object parsed = ConfigDef.parseType(name, value, definition.type);
                if (definition.validator != null) {
                    definition.validator.ensureValid(name, parsed);
                }
            } catch (ConfigException refused) {
                throw new ConfigException("bad value for " + key + ": " + refused.getMessage());
            }
        }
    }
}
