package articleflow.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerPropertiesTest {

    @Test
    void shouldDescribeASingleNodeThatRunsTransactionsAndCreatesNoTopicByAccident(@TempDir Path dataDir) {
        Map<String, String> properties = ServerProperties.of(new BrokerPorts(41001, 41002), dataDir.resolve("kafka-logs"));

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:41002")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:41001")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("message.max.bytes", String.valueOf(9 * 1024 * 1024));
    }

    @Test
    void shouldReadBackThePortsOfAnEarlierStart(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("server.properties");
        ServerProperties.write(ServerProperties.of(new BrokerPorts(41001, 41002), dataDir.resolve("kafka-logs")), file);

        assertThat(ServerProperties.portsIn(file)).contains(new BrokerPorts(41001, 41002));
        assertThat(ServerProperties.portsIn(dataDir.resolve("absent.properties"))).isEmpty();
    }

    @Test
    void shouldAddAListenerOfItsOwnAndLetExtraPropertiesWinOverTheDefaults(@TempDir Path dataDir) throws Exception {
        BrokerExtras extras = BrokerExtras.NONE.withListener("sasl_ssl", "sasl_ssl")
                .with("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .with("auto.create.topics.enable", "true");
        Map<String, String> properties = ServerProperties.withExtras(
                ServerProperties.of(new BrokerPorts(41001, 41002), dataDir.resolve("kafka-logs")), Map.of("SASL_SSL", 41003), extras);

        assertThat(properties)
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:41001,CONTROLLER://127.0.0.1:41002,SASL_SSL://127.0.0.1:41003")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:41001,SASL_SSL://127.0.0.1:41003")
                .containsEntry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL")
                .containsEntry("inter.broker.listener.name", "PLAINTEXT")
                .containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("auto.create.topics.enable", "true");

        Path file = dataDir.resolve("server.properties");
        ServerProperties.write(properties, file);
        assertThat(ServerProperties.portsIn(file)).contains(new BrokerPorts(41001, 41002));
        assertThat(ServerProperties.listenerPortIn(file, "SASL_SSL")).contains(41003);
        assertThat(ServerProperties.listenerPortIn(file, "SASL")).isEmpty();
    }

    @Test
    void shouldChangeNothingWithoutExtrasAndNeverShowFormatArguments(@TempDir Path dataDir) {
        Map<String, String> defaults = ServerProperties.of(new BrokerPorts(41001, 41002), dataDir.resolve("kafka-logs"));

        assertThat(ServerProperties.withExtras(defaults, Map.of(), BrokerExtras.NONE)).isEqualTo(defaults);
        assertThat(BrokerExtras.NONE.withFormatArguments("--add-scram", "SCRAM-SHA-512=[name=admin,password=s3cret]"))
                .hasToString("BrokerExtras[listeners={}, properties=[], 2 format argument(s)]");
    }

    @Test
    void shouldNeverPickTheUsualKafkaPorts() {
        for (int i = 0; i < 20; i++) {
            BrokerPorts ports = BrokerPorts.free();
            assertThat(ports.client()).isNotIn(9092, 9093);
            assertThat(ports.controller()).isNotIn(9092, 9093);
        }
    }
}
