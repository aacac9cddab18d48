package articleflow.ops;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;

/**
 * Answers "can we reach the cluster, and will it let us in?" within seconds, with a message an operator can act
 * on: an unreachable cluster, refused credentials, or security settings no client can be built from.
 */
public final class ClusterCheck {

    private ClusterCheck() {
    }

    /**
     * Throws {@link IllegalStateException} naming the servers when the cluster does not answer in time or refuses
     * the credentials, and a {@link org.apache.kafka.common.config.ConfigException} when the settings cannot make a
     * client (a malformed {@code sasl.jaas.config}).
     */
    public static int brokerCount(Properties clientProps, Duration timeout) {
        String servers = clientProps.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        if (servers == null || servers.isBlank()) {
            throw new ConfigException("no cluster configured: set bootstrap.servers (in --config, as "
                    + "ARTICLEFLOW_BOOTSTRAP_SERVERS, or with --bootstrap-server); `run --embedded` starts a local broker");
        }
        Properties props = new Properties();
        props.putAll(clientProps);
        int millis = (int) timeout.toMillis();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        Admin admin;
        try {
            admin = Admin.create(props);
        } catch (KafkaException e) {
            throw ClusterAccess.unusableSettings("admin client", e, props);
        }
        try (admin) {
            return admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis))
                    .nodes().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS).size();
        } catch (ExecutionException e) {
            String refused = ClusterAccess.refusal(e).orElse(null);
            if (refused != null) {
                throw new IllegalStateException(refused.replace("the Kafka cluster", "the Kafka cluster at " + servers), e);
            }
            throw unreachable(servers, timeout, e);
        } catch (TimeoutException e) {
            throw unreachable(servers, timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while contacting " + servers, e);
        }
    }

    /** The one line an operator sees when nothing answered at {@code servers}. */
    public static ClusterUnreachableException unreachable(String servers, Duration timeout, Throwable cause) {
        return new ClusterUnreachableException(servers, "cannot reach the Kafka cluster at " + servers + " within "
                + timeout.toSeconds() + " s: " + rootMessage(cause)
                + " (check bootstrap.servers and that the brokers are up)", cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
