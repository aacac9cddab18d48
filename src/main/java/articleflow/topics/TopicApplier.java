package articleflow.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a cluster's topics match their specs as far as that is safe: creates missing topics,
 * and reports every other difference (partitions, cleanup policy, configs) as {@link Drift}
 * without touching the topic, because fixing it would mean losing or reshuffling data.
 */
public final class TopicApplier {

    private static final Logger log = LoggerFactory.getLogger(TopicApplier.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A topic just created may take a moment to appear in the broker's metadata. */
    private static final Duration NEW_TOPIC_VISIBLE = Duration.ofSeconds(10);

    private final Admin admin;

    /** The caller owns {@code admin} and closes it. */
    public TopicApplier(Admin admin) {
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    /**
     * Creates the missing topics and reports drift of the others. Idempotent.
     *
     * @param replicationFactorOverride replaces every spec's replication factor (1 for a single
     *        local broker); when given, existing topics with another factor are reported as drift
     * @throws IllegalStateException when a topic to create needs more brokers than the cluster has
     */
    public ApplyReport apply(List<TopicSpec> specs, OptionalInt replicationFactorOverride) {
        Set<String> existing = existingTopics();
        List<TopicSpec> missing = specs.stream().filter(spec -> !existing.contains(spec.name())).toList();
        List<TopicSpec> created = new ArrayList<>();
        if (!missing.isEmpty()) {
            int brokers = brokerCount();
            List<TopicSpec> toCreate = missing.stream()
                    .map(spec -> withReplicationFactor(spec, replicationFactorOverride))
                    .toList();
            refuseUnplaceable(toCreate, brokers, replicationFactorOverride);
            created.addAll(create(toCreate));
            awaitListed(missing.stream().map(TopicSpec::name).toList());
        }
        List<Drift> drift = check(specs, replicationFactorOverride).stream()
                .filter(d -> !(d.kind() == Drift.Kind.MISSING_TOPIC && wasCreated(created, d.topic())))
                .toList();
        return new ApplyReport(created, drift);
    }

    /** How the cluster's topics differ from {@code specs}; empty when they match. Replication factors are not compared. */
    public List<Drift> check(List<TopicSpec> specs) {
        return check(specs, OptionalInt.empty());
    }

    /** As {@link #check(List)}, and when {@code expectedReplicationFactor} is given, every topic must have it. */
    public List<Drift> check(List<TopicSpec> specs, OptionalInt expectedReplicationFactor) {
        Map<String, TopicDescription> described = describe(specs.stream().map(TopicSpec::name).toList());
        Map<String, Config> configs = described.isEmpty() ? Map.of() : describeConfigs(described.keySet());
        List<Drift> drift = new ArrayList<>();
        for (TopicSpec spec : specs) {
            TopicDescription topic = described.get(spec.name());
            if (topic == null) {
                drift.add(Drift.missing(spec.name()));
                continue;
            }
            int partitions = topic.partitions().size();
            int replicas = topic.partitions().get(0).replicas().size();
            if (partitions != spec.partitions()) {
                drift.add(new Drift(spec.name(), Drift.Kind.PARTITIONS, "partitions",
                        String.valueOf(spec.partitions()), String.valueOf(partitions)));
            }
            if (expectedReplicationFactor.isPresent() && replicas != expectedReplicationFactor.getAsInt()) {
                drift.add(new Drift(spec.name(), Drift.Kind.REPLICATION_FACTOR, "replication.factor",
                        String.valueOf(expectedReplicationFactor.getAsInt()), String.valueOf(replicas)));
            }
            drift.addAll(configDrift(spec, replicas, configs.get(spec.name())));
        }
        return drift;
    }

    /**
     * The check articleflow runs before it starts: every topic must exist and the output topic
     * must be compacted, since downstream reads it as the latest state of every article.
     * Other drift is logged as a warning and returned.
     *
     * @throws TopicsNotReadyException naming every problem found
     */
    public List<Drift> requireReadyToRun(List<TopicSpec> specs, String outputTopic) {
        if (specs.stream().noneMatch(spec -> spec.name().equals(outputTopic))) {
            throw new IllegalArgumentException("the output topic " + outputTopic + " is not among the specs to check");
        }
        List<Drift> drift = check(specs);
        List<String> problems = new ArrayList<>();
        drift.stream()
                .filter(d -> d.kind() == Drift.Kind.MISSING_TOPIC)
                // Kafka hides a topic from a principal that may not describe it: both look the same
                .forEach(d -> problems.add("topic " + d.topic() + " does not exist (or this principal may not describe it)"));
        drift.stream()
                .filter(d -> d.topic().equals(outputTopic) && d.setting().equals(TopicSpec.CLEANUP_POLICY)
                        && !TopicSpec.cleanupPolicies(d.actual()).contains("compact"))
                .forEach(d -> problems.add("output topic " + outputTopic + " has cleanup.policy=" + d.actual()
                        + " but must be compacted: downstream reads it as the latest state of every article"
                        + " and would lose articles to retention"));
        if (!problems.isEmpty()) {
            throw new TopicsNotReadyException(problems);
        }
        drift.forEach(d -> log.warn("topic drift: {}", d.describe()));
        return drift;
    }

    private List<Drift> configDrift(TopicSpec spec, int replicas, Config actual) {
        List<Drift> drift = new ArrayList<>();
        for (Map.Entry<String, String> wanted : spec.configsFor(replicas).entrySet()) {
            String key = wanted.getKey();
            ConfigEntry entry = actual == null ? null : actual.get(key);
            String actualValue = entry == null ? null : entry.value();
            if (!sameValue(key, wanted.getValue(), actualValue)) {
                drift.add(new Drift(spec.name(), Drift.Kind.CONFIG, key, wanted.getValue(),
                        actualValue == null ? "(not set)" : actualValue));
            }
        }
        return drift;
    }

    private static boolean sameValue(String key, String expected, String actual) {
        if (actual == null) {
            return false;
        }
        if (key.equals(TopicSpec.CLEANUP_POLICY)) {
            return TopicSpec.cleanupPolicies(expected).equals(TopicSpec.cleanupPolicies(actual));
        }
        return expected.trim().equals(actual.trim());
    }

    private static TopicSpec withReplicationFactor(TopicSpec spec, OptionalInt override) {
        if (override.isEmpty()) {
            return spec;
        }
        return new TopicSpec(spec.name(), spec.partitions(), (short) override.getAsInt(), spec.configs());
    }

    private static void refuseUnplaceable(List<TopicSpec> toCreate, int brokers, OptionalInt override) {
        List<String> unplaceable = toCreate.stream()
                .filter(spec -> spec.replicationFactor() > brokers)
                .map(spec -> spec.name() + " (replication factor " + spec.replicationFactor() + ")")
                .toList();
        if (unplaceable.isEmpty()) {
            return;
        }
        String advice = override.isPresent()
                ? "lower --replication-factor to at most " + brokers
                : "pass --replication-factor " + brokers + " (or lower), or add brokers";
        throw new IllegalStateException("the cluster has " + brokers + " broker" + (brokers == 1 ? "" : "s")
                + ", too few for " + String.join(", ", unplaceable) + ": " + advice + ". Nothing was created.");
    }

    private List<TopicSpec> create(List<TopicSpec> specs) {
        List<NewTopic> newTopics = specs.stream()
                .map(spec -> new NewTopic(spec.name(), spec.partitions(), spec.replicationFactor())
                        .configs(spec.configsFor(spec.replicationFactor())))
                .toList();
        Map<String, KafkaFuture<Void>> results = admin.createTopics(newTopics).values();
        List<TopicSpec> created = new ArrayList<>();
        for (TopicSpec spec : specs) {
            try {
                await(results.get(spec.name()));
                created.add(spec);
                log.info("created topic {} ({} partitions, replication factor {})",
                        spec.name(), spec.partitions(), spec.replicationFactor());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw failure("cannot create topic " + spec.name(), e);
                }
                // someone else created it in the meantime: it is checked for drift like any other
            }
        }
        return created;
    }

    private Set<String> existingTopics() {
        try {
            return await(admin.listTopics().names());
        } catch (ExecutionException e) {
            throw failure("cannot list topics", e);
        }
    }

    private int brokerCount() {
        try {
            return await(admin.describeCluster().nodes()).size();
        } catch (ExecutionException e) {
            throw failure("cannot describe the cluster", e);
        }
    }

    /**
     * Waits a little until topics just created are listed: the broker's metadata trails the controller that
     * acknowledged the creation, and a check right after would report them missing.
     */
    private void awaitListed(List<String> names) {
        long deadline = System.nanoTime() + NEW_TOPIC_VISIBLE.toNanos();
        while (!existingTopics().containsAll(names) && System.nanoTime() < deadline) {
            pause();
        }
    }

    /** The topics among {@code names} that exist, waiting a little for ones that are new. */
    private Map<String, TopicDescription> describe(List<String> names) {
        Set<String> listed = existingTopics();
        List<String> present = names.stream().filter(listed::contains).toList();
        Map<String, TopicDescription> described = new HashMap<>();
        long deadline = System.nanoTime() + NEW_TOPIC_VISIBLE.toNanos();
        List<String> pending = new ArrayList<>(present);
        while (!pending.isEmpty()) {
            Map<String, KafkaFuture<TopicDescription>> results = admin.describeTopics(pending).topicNameValues();
            List<String> notYet = new ArrayList<>();
            for (String name : pending) {
                try {
                    described.put(name, await(results.get(name)));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw failure("cannot describe topic " + name, e);
                    }
                    notYet.add(name);
                }
            }
            if (!notYet.isEmpty() && System.nanoTime() > deadline) {
                break; // listed but not describable: treated as missing
            }
            pending = notYet;
            if (!pending.isEmpty()) {
                pause();
            }
        }
        return described;
    }

    private Map<String, Config> describeConfigs(Collection<String> names) {
        List<ConfigResource> resources = names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
                .toList();
        try {
            return await(admin.describeConfigs(resources).all()).entrySet().stream()
                    .collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue));
        } catch (ExecutionException e) {
            throw failure("cannot describe topic configs", e);
        }
    }

    private static boolean wasCreated(List<TopicSpec> created, String name) {
        return created.stream().anyMatch(spec -> spec.name().equals(name));
    }

    private static <T> T await(KafkaFuture<T> future) throws ExecutionException {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to the cluster", e);
        }
    }

    private static IllegalStateException failure(String what, ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new IllegalStateException(what + ": " + cause.getMessage(), cause);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a new topic", e);
        }
    }
}
