package articleflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class ClusterAccessTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"articleflow\" password=\"s3cr\"et-9\";";

    @Test
    void shouldSayInOneLineThatTheClusterRefusedTheCredentialsOrAnOperation() {
        assertThat(ClusterAccess.refusal(new ExecutionException(new SaslAuthenticationException(
                "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512"))))
                .contains("the Kafka cluster refused the credentials: Authentication failed during authentication due to"
                        + " invalid credentials with SASL mechanism SCRAM-SHA-512 (check sasl.mechanism and the username"
                        + " and password in sasl.jaas.config)");
        assertThat(ClusterAccess.refusal(new KafkaException(new SslAuthenticationException("SSL handshake failed"))))
                .hasValueSatisfying(line -> assertThat(line).startsWith("the TLS handshake with the Kafka cluster failed"));
        assertThat(ClusterAccess.refusal(new TopicAuthorizationException("Not authorized to access topics: [articles.raw]")))
                .contains("the Kafka cluster refused an operation: Not authorized to access topics: [articles.raw]"
                        + " (the principal has no ACL for it)");
        assertThat(ClusterAccess.refusal(new IllegalStateException("something else"))).isEmpty();
    }

    @Test
    void shouldNameTheClientAndTheCauseOfSettingsItCannotBeBuiltFromAndHideEveryPieceOfASecret() {
        Properties settings = new Properties();
        settings.setProperty("sasl.jaas.config", JAAS);
        settings.setProperty("ssl.truststore.password", "truststore-secret");
        // a password with a quote in it breaks the JAAS syntax, and Kafka quotes back the piece it stumbled on
        KafkaException failure = new KafkaException("Failed to create new KafkaAdminClient", new KafkaException(
                new IllegalArgumentException("Value not specified for key 'et-9\";' in JAAS config")));

        String message = ClusterAccess.unusableSettings("admin client", failure, settings).getMessage();

        assertThat(message).isEqualTo("cannot create a Kafka admin client from these settings: "
                + "Value not specified for key '[hidden]' in JAAS config");
        assertThat(ClusterAccess.hideSecrets("could not load truststore-secret and s3cr", settings))
                .isEqualTo("could not load [hidden] and [hidden]");
    }

    @Test
    void shouldKeepTheNamesInAJaasMessageWhenNoJaasConfigWasGiven() {
        Properties settings = new Properties();
        settings.setProperty("security.protocol", "SASL_PLAINTEXT");
        String message = "Could not find a 'KafkaClient' entry in the JAAS configuration. System property "
                + "'java.security.auth.login.config' is not set";

        assertThat(ClusterAccess.hideSecrets(message, settings)).isEqualTo(message);
    }
}
