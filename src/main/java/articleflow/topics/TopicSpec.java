package articleflow.topics;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a topic should look like, as written in a {@code topics/<name>.properties} file.
 *
 * @param configs topic configs ({@code cleanup.policy}, {@code max.message.bytes}, ...), in file order
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    static final String CLEANUP_POLICY = "cleanup.policy";
    static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException(name + ": partitions must be at least 1, got " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(name + ": replication.factor must be at least 1, got " + replicationFactor);
        }
        configs = Collections.unmodifiableMap(new LinkedHashMap<>(configs));
    }

    /** Whether the spec asks for a compacted topic (the latest value per key is kept). */
    public boolean compacted() {
        return cleanupPolicies(configs.get(CLEANUP_POLICY)).contains("compact");
    }

    /**
     * The configs to give the topic when it has {@code replicationFactor} replicas: a
     * {@code min.insync.replicas} above that would refuse every {@code acks=all} write, so it
     * is lowered to it (one definition serves a single local broker and a real cluster).
     */
    public Map<String, String> configsFor(int replicationFactor) {
        Map<String, String> effective = new LinkedHashMap<>(configs);
        effective.computeIfPresent(MIN_INSYNC_REPLICAS,
                (key, value) -> String.valueOf(Math.min(Integer.parseInt(value.trim()), replicationFactor)));
        return effective;
    }

    /** The same topic under another name: for tests and for prefixed environments. */
    public TopicSpec named(String otherName) {
        return new TopicSpec(otherName, partitions, replicationFactor, configs);
    }

    public TopicSpec withPartitions(int otherPartitions) {
        return new TopicSpec(name, otherPartitions, replicationFactor, configs);
    }

    public TopicSpec withConfig(String key, String value) {
        Map<String, String> changed = new LinkedHashMap<>(configs);
        changed.put(key, value);
        return new TopicSpec(name, partitions, replicationFactor, changed);
    }

    /** {@code "compact,delete"} and {@code "delete, compact"} are the same policy. */
    static Set<String> cleanupPolicies(String value) {
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .map(String::toLowerCase)
                .filter(policy -> !policy.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
