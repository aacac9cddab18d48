package articleflow.app;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import articleflow.topology.RecordLimits;
import articleflow.topology.StreamsSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the job checks on the cluster before it starts: the raw topic's partitions (the topology routes by them),
 * and room for the largest record it may write on every topic it writes to, so that no article can later stop
 * a partition with a record the broker refuses.
 */
public final class StartChecks {

    private static final Logger LOG = LoggerFactory.getLogger(StartChecks.class);

    private static final long TIMEOUT_SECONDS = 30;

    private StartChecks() {
    }

    /** The partitions of the raw topic, after checking every limit; throws with one clear message otherwise. */
    public static int check(ArticleflowConfig config) {
        try (Admin admin = KafkaClients.admin(config)) {
            int partitions = rawPartitions(admin, config);
            List<String> problems = new ArrayList<>(producerProblems(config));
            problems.addAll(topicProblems(admin, config));
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join("; ", problems));
            }
            return partitions;
        }
    }

    static int rawPartitions(Admin admin, ArticleflowConfig config) {
        String raw = config.rawTopic();
        Map<String, TopicDescription> topics = await(admin.describeTopics(List.of(raw)).allTopicNames(),
                "describe topic " + raw);
        return topics.get(raw).partitions().size();
    }

    /** The producer must be allowed to send the largest record; an operator's smaller setting is an error. */
    static List<String> producerProblems(ArticleflowConfig config) {
        Properties props = StreamsSettings.of(config);
        int needed = RecordLimits.of(config).largestRecordBytes();
        Object set = props.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (set == null) {
            set = props.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        if (set != null && Long.parseLong(set.toString().trim()) < needed) {
            return List.of("max.request.size " + set + " is below the largest record articleflow may write (" + needed
                    + " bytes with articleflow.body.max.bytes=" + config.maxBodyBytes()
                    + "): leave it unset, raise it, or lower the body limit");
        }
        return List.of();
    }

    /**
     * The output and dead-letter topics must each allow the largest record written to them; the application's own
     * internal topics, made by an earlier run with a smaller body limit, are raised to it (they are articleflow's
     * to manage, and raising a limit loses nothing).
     */
    static List<String> topicProblems(Admin admin, ArticleflowConfig config) {
        RecordLimits limits = RecordLimits.of(config);
        Map<String, Integer> needed = new TreeMap<>();
        needed.put(config.enrichedTopic(), limits.enrichedRecordBytes());
        needed.put(config.dlqTopic(), limits.deadLetterBytes());
        Collection<String> existing = await(admin.listTopics().names(), "list topics");
        for (String topic : existing) {
            if (isInternal(topic, config)) {
                needed.put(topic, limits.largestRecordBytes());
            }
        }
        needed.keySet().retainAll(existing);
        List<ConfigResource> resources = needed.keySet().stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(resources).all(), "describe topic configs");
        List<String> problems = new ArrayList<>();
        Map<ConfigResource, Collection<AlterConfigOp>> raises = new HashMap<>();
        configs.forEach((resource, topicConfig) -> {
            ConfigEntry entry = topicConfig.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            int want = needed.get(resource.name());
            if (entry == null || entry.value() == null || Long.parseLong(entry.value()) >= want) {
                return;
            }
            if (isInternal(resource.name(), config)) {
                raises.put(resource, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(want)), AlterConfigOp.OpType.SET)));
            } else {
                problems.add("topic " + resource.name() + " allows records of " + entry.value() + " bytes, but articleflow"
                        + " may write " + want + " bytes to it with articleflow.body.max.bytes=" + config.maxBodyBytes()
                        + ": raise its max.message.bytes to " + want + " or lower the body limit");
            }
        });
        if (!raises.isEmpty()) {
            try {
                await(admin.incrementalAlterConfigs(raises).all(), "raise max.message.bytes of the internal topics");
                LOG.info("raised max.message.bytes of {} internal topic(s) to {} for articleflow.body.max.bytes={}",
                        raises.size(), limits.largestRecordBytes(), config.maxBodyBytes());
            } catch (IllegalStateException e) {
                problems.add(e.getMessage() + " (the application needs ALTER_CONFIGS on its internal topics, "
                        + config.applicationId() + "-*)");
            }
        }
        return problems;
    }

    private static boolean isInternal(String topic, ArticleflowConfig config) {
        return topic.startsWith(config.applicationId() + "-")
                && (topic.endsWith("-changelog") || topic.endsWith("-repartition"));
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer within " + TIMEOUT_SECONDS + " s to " + what, e);
        }
    }
}
