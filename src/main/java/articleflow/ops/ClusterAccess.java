package articleflow.ops;

import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

/**
 * Why a Kafka client could not use a secured cluster, in one line an operator can act on: credentials refused,
 * an operation the principal has no ACL for, or security settings a client cannot even be built from. Kafka's
 * own messages carry no secrets, except that a malformed {@code sasl.jaas.config} is quoted back in pieces, so
 * those pieces and every password setting's value are hidden before a message is shown.
 */
public final class ClusterAccess {

    /** A password option of a JAAS line, quoted or not. */
    private static final Pattern JAAS_PASSWORD = Pattern.compile("(?i)password\\s*=\\s*(?:\"([^\"]*)\"|([^\\s\";]+))");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'[^']*'");
    private static final String HIDDEN = "[hidden]";

    private ClusterAccess() {
    }

    /** The cluster's refusal anywhere in the causes of {@code failure}, as one line; empty when it was something else. */
    public static Optional<String> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SslAuthenticationException) {
                return Optional.of("the TLS handshake with the Kafka cluster failed: " + cause.getMessage()
                        + " (check security.protocol and the ssl.truststore.* settings)");
            }
            if (cause instanceof AuthenticationException) {
                return Optional.of("the Kafka cluster refused the credentials: " + cause.getMessage()
                        + " (check sasl.mechanism and the username and password in sasl.jaas.config)");
            }
            if (cause instanceof AuthorizationException) {
                return Optional.of("the Kafka cluster refused an operation: " + cause.getMessage()
                        + " (the principal has no ACL for it)");
            }
        }
        return Optional.empty();
    }

    /**
     * A client that could not be built from {@code settings} (a malformed {@code sasl.jaas.config}, a truststore that
     * cannot be read) is a configuration error: one line naming the client and the innermost cause, secrets hidden.
     */
    public static ConfigException unusableSettings(String client, KafkaException failure, Properties settings) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (why.startsWith("No resolvable bootstrap urls")) {
            // the client's own warning naming the host is quieted (simplelogger.properties): name it here
            return new ConfigException("no host in bootstrap.servers (" + settings.getProperty("bootstrap.servers")
                    + ") resolves to an address: check the names, and the DNS of this machine");
        }
        return new ConfigException("cannot create a Kafka " + client + " from these settings: " + hideSecrets(why, settings));
    }

    /** {@code message} without the values of password settings, nor any piece of {@code sasl.jaas.config}. */
    static String hideSecrets(String message, Properties settings) {
        String safe = message;
        for (String key : settings.stringPropertyNames()) {
            String value = settings.getProperty(key);
            if (isSecret(key) && value != null && !value.isBlank()) {
                safe = safe.replace(value, HIDDEN);
                if (key.endsWith("sasl.jaas.config")) {
                    Matcher password = JAAS_PASSWORD.matcher(value);
                    while (password.find()) {
                        String secret = password.group(1) != null ? password.group(1) : password.group(2);
                        if (!secret.isEmpty()) {
                            safe = safe.replace(secret, HIDDEN);
                        }
                    }
                }
            }
        }
        // Kafka's JAAS parser quotes the token it stumbled on, which may be a piece of a password; without a
        // sasl.jaas.config there is none, and the quoted names ('KafkaClient', a system property) are the user's hint
        boolean jaasGiven = settings.stringPropertyNames().stream()
                .anyMatch(key -> key.endsWith("sasl.jaas.config") && !settings.getProperty(key).isBlank());
        return jaasGiven && safe.contains("JAAS") ? SINGLE_QUOTED.matcher(safe).replaceAll("'" + HIDDEN + "'") : safe;
    }

    private static boolean isSecret(String key) {
        return key.endsWith("sasl.jaas.config") || key.endsWith("ssl.keystore.key") || key.contains("password")
                || key.contains("secret");
    }
}
