package articleflow.ops;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Answers "can we reach the cluster?" within seconds, with a message an operator can act on. */
public final class ClusterCheck {

    private ClusterCheck() {
    }

    /** Throws {@link IllegalStateException} naming the servers when the cluster does not answer in time. */
    public static int brokerCount(Properties clientProps, Duration timeout) {
        String servers = clientProps.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        if (servers == null || servers.isBlank()) {
            throw new IllegalStateException("no cluster configured: set bootstrap.servers (in --config, as "
                    + "ARTICLEFLOW_BOOTSTRAP_SERVERS, or with --bootstrap-servers), or use --embedded for a local broker");
        }
        Properties props = new Properties();
        props.putAll(clientProps);
        int millis = (int) timeout.toMillis();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        try (Admin admin = Admin.create(props)) {
            return admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis))
                    .nodes().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS).size();
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("cannot reach the Kafka cluster at " + servers + " within "
                    + timeout.toSeconds() + " s: " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while contacting " + servers, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
