package articleflow.cli;

import static articleflow.app.BrokerPipeline.article;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.app.JobLauncher;
import articleflow.app.StreamingJob;
import articleflow.broker.BrokerTest;
import articleflow.broker.SecuredBroker;
import articleflow.cli.SecurityDoc.Grant;
import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import articleflow.topics.TopicApplier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No grant of {@code docs/security.md} is one too many: with any single one withheld, or a Read weakened to
 * Describe, an AlterConfigs to DescribeConfigs, the command it is listed for fails or falls short of what it does
 * with all of them, on the same kind of secured cluster as
 * {@link SecuredClusterBrokerTest}. Each of the job's variants starts a fresh application (its own id and topics)
 * and runs it through every check; each tool's variant runs the tool on data prepared once. Slow: a minute or so
 * per variant of the job on a busy machine. The shortfall each variant meets is printed, for the record.
 */
@BrokerTest
@Tag("slow")
class SecuredClusterGrantsBrokerTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final String TOOLS_APP = "tools";
    /** The group {@code lag --group} watches, kept behind, and the one the downstream consumer reads with. */
    private static final String DOWNSTREAM_GROUP = TOOLS_APP + "-downstream";
    private static final String READER_GROUP = TOOLS_APP + "-reader";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger VARIANTS = new AtomicInteger();
    private static final Map<String, String> USERS = SecuredClusterBrokerTest.USERS;

    @TempDir
    static Path dir;

    private static SecuredBroker cluster;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheSecuredClusterAndPrepareWhatTheToolsWorkOn() throws Exception {
        cluster = SecuredBroker.start(dir, USERS.values());
        prepareToolsData();
    }

    @AfterAll
    static void stopTheCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    // --- the job

    static Stream<Grant> grantsOfTheJob() {
        return SecurityDoc.grants().stream().filter(grant -> grant.command().equals("run"));
    }

    /**
     * One grant taken away, or weakened to the operation it implies (Describe for Read, DescribeConfigs for
     * AlterConfigs), which is what an operator tempted to grant less would try.
     */
    record Reduction(Grant withheld, AclOperation instead) {

        static Stream<Reduction> of(Stream<Grant> grants) {
            return grants.flatMap(grant -> {
                AclOperation weaker = switch (grant.operation()) {
                    case READ -> AclOperation.DESCRIBE;
                    case ALTER_CONFIGS -> AclOperation.DESCRIBE_CONFIGS;
                    default -> null;
                };
                return weaker == null ? Stream.of(new Reduction(grant, null))
                        : Stream.of(new Reduction(grant, null), new Reduction(grant, weaker));
            });
        }

        /** The grants of the same command with this one taken away or weakened. */
        List<Grant> applyTo(Stream<Grant> grants) {
            List<Grant> left = new ArrayList<>(grants.filter(grant -> grant.command().equals(withheld.command())
                    && !grant.equals(withheld)).toList());
            if (instead != null) {
                left.add(new Grant(withheld.command(), withheld.type(), withheld.pattern(), withheld.name(), instead));
            }
            return left;
        }

        @Override
        public String toString() {
            return instead == null ? "without " + withheld : withheld + ", but only " + instead;
        }
    }

    static Stream<Reduction> reductionsOfTheJob() {
        return Reduction.of(grantsOfTheJob());
    }

    @Test
    @Timeout(600)
    void shouldPassEveryCheckOfTheJobWithAllItsGrants() throws Exception {
        assertThat(shortfallsOfTheJob(grantsOfTheJob().toList())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reductionsOfTheJob")
    @Timeout(600)
    void shouldFallShortWithLessThanTheGrantsOfTheJob(Reduction reduction) throws Exception {
        List<String> shortfalls = shortfallsOfTheJob(reduction.applyTo(grantsOfTheJob()));
        System.out.println("GRANT-CHECK " + reduction + " -> " + shortfalls);
        assertThat(shortfalls).as("what the job could not do " + reduction).isNotEmpty();
    }

    /**
     * A fresh application run as the job's user with {@code grants}: it starts, reaches
     * RUNNING, enriches and dead-letters, serves {@code /lag?group=} with the age of the oldest unread record,
     * purges its repartition topics, and starts again after a raised body limit. The first thing it could not do,
     * or nothing.
     */
    private List<String> shortfallsOfTheJob(List<Grant> grants) throws Exception {
        String app = "job" + VARIANTS.incrementAndGet();
        String group = app + "-downstream";
        cluster.grant(SecurityDoc.bindings(grants, USERS, renaming(app, group)));
        ArticleflowConfig config = jobConfig(app, dir.resolve(app));
        createTopicsAndPublish(config);
        String shortfall = firstShortfall(config, group);
        if (shortfall == null) {
            ArticleflowConfig raised = config.with(ArticleflowConfig.MAX_BODY_BYTES, String.valueOf(2 * 1024 * 1024));
            try (JobLauncher launcher = new JobLauncher()) {
                StreamingJob job = launcher.startMonitored(raised, null, false, false);
                shortfall = job.awaitRunning(WAIT) ? null
                        : "not RUNNING again after a raised body limit within " + WAIT + ": " + job.state();
            } catch (RuntimeException e) {
                shortfall = "start after a raised body limit: " + e.getMessage();
            }
        }
        return shortfall == null ? List.of() : List.of(shortfall);
    }

    private String firstShortfall(ArticleflowConfig config, String group) throws Exception {
        try (JobLauncher launcher = new JobLauncher()) {
            StreamingJob job = launcher.startMonitored(config, null, false, true);
            URI status = launcher.ops().uri();
            if (!job.awaitRunning(WAIT)) {
                return "not RUNNING within " + WAIT + ": " + job.state();
            }
            if (!within(WAIT, () -> committedRecords(config.enrichedTopic()) >= 3 && committedRecords(config.dlqTopic()) >= 1)) {
                return "no enriched articles or dead letter within " + WAIT + "; health: "
                        + get(status.resolve("health")).body().trim();
            }
            commitFromTheStart(group, config.enrichedTopic());
            if (!within(WAIT, () -> timeLag(get(status.resolve("lag?group=" + group))) > 0)) {
                return "/lag?group= " + get(status.resolve("lag?group=" + group)).body().trim();
            }
            if (!within(WAIT, () -> repartitionStart(config.applicationId()) > 0)) {
                return "the repartition topics were not purged within " + WAIT;
            }
            return null;
        } catch (RuntimeException e) {
            return "start: " + e.getMessage();
        }
    }

    // --- the tools

    static Stream<Reduction> reductionsOfTheTools() {
        return Reduction.of(SecurityDoc.grants().stream().filter(grant -> !grant.command().equals("run")));
    }

    @Test
    void shouldDoWhatEachToolDoesWithAllItsGrants() throws Exception {
        for (String command : USERS.keySet()) {
            if (!command.equals("run")) {
                List<Grant> all = SecurityDoc.grants().stream().filter(grant -> grant.command().equals(command)).toList();
                assertThat(shortfallOfTheTool(command, all)).as(command).isNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reductionsOfTheTools")
    @Timeout(120)
    void shouldFallShortWithLessThanTheGrantsOfTheTool(Reduction reduction) throws Exception {
        String command = reduction.withheld().command();
        String shortfall = shortfallOfTheTool(command, reduction.applyTo(SecurityDoc.grants().stream()));
        System.out.println("GRANT-CHECK " + reduction + " -> " + shortfall);
        assertThat(shortfall).as("what " + command + " could not do " + reduction).isNotNull();
    }

    /** Runs {@code command} as its user with {@code grants}; what it could not do, or null. */
    private String shortfallOfTheTool(String command, List<Grant> grants) throws Exception {
        String variant = "t" + VARIANTS.incrementAndGet();
        // topics apply creates topics: it gets names of its own each time, the others work on the prepared data
        UnaryOperator<String> rename = command.equals("topics apply")
                ? name -> name.startsWith("articles.") ? variant + name.substring("articles".length()) : name
                : renaming(TOOLS_APP, command.equals("a downstream consumer") ? READER_GROUP : DOWNSTREAM_GROUP);
        List<AclBinding> acls = SecurityDoc.bindings(grants, USERS, rename);
        cluster.grant(acls);
        try {
            return shortfallOf(command, rename);
        } finally {
            cluster.revoke(acls);
        }
    }

    private String shortfallOf(String command, UnaryOperator<String> rename) throws Exception {
        Path settings = clientFile(USERS.get(command), rename);
        String config = settings.toString();
        return switch (command) {
            case "topics apply" -> {
                // the first apply creates the topics, the second must find them as they are
                String[] apply = {"topics", "apply", "--bootstrap-servers", cluster.bootstrapServers(),
                        "--command-config", config, "--replication-factor", "1",
                        "--topics-dir", renamedTopicsDir(rename).toString()};
                String first = expect(CommandRun.inProcess(apply), "3 created, no drift");
                yield first != null ? first : expect(CommandRun.inProcess(apply), "0 created, no drift");
            }
            case "lag" -> expect(CommandRun.inProcess("lag", "--config", config),
                    "(?s)(?=.*GROUP tools\\s)(?=.*tools\\.raw )(?=.*tools-\\S+-repartition )"
                            + "(?=.*TOTAL\\s+[1-9]\\d*\\s+\\(oldest unprocessed).*");
            case "lag --group <group>" -> {
                commitFromTheStart(DOWNSTREAM_GROUP, TOOLS_APP + ".enriched");
                yield expect(CommandRun.inProcess("lag", "--group", DOWNSTREAM_GROUP, "--config", config),
                        "(?s).*TOTAL\\s+[1-9]\\d*\\s+\\(oldest unprocessed.*");
            }
            case "dlq replay" -> {
                commitFromTheStart(TOOLS_APP + "-dlq-replay", TOOLS_APP + ".dlq");
                yield expect(CommandRun.inProcess("dlq", "replay", "--force", "--config", config), "replayed 1 dead letters");
            }
            case "reprocess" -> expect(CommandRun.inProcess("reprocess", "--config", config), "rewound group tools");
            case "produce" -> expect(CommandRun.inProcess("produce", "--config", config, feedFile().toString()),
                    "produced 1 record to");
            case "tail" -> expect(CommandRun.inProcess("tail", "--from-beginning", "--json", "--max", "1",
                    "--idle-exit", "10", "--config", config), "(?s)\\{.*");
            case "a downstream consumer" -> downstreamReads(config);
            default -> throw new IllegalArgumentException("no check for " + command);
        };
    }

    /** Null when the command succeeded and printed {@code expected} (a regular expression, or plain text); else why not. */
    private static String expect(CommandRun run, String expected) {
        boolean printed = expected.startsWith("(?s)") ? Pattern.matches(expected, run.stdout()) : run.stdout().contains(expected);
        return run.exitCode() == 0 && printed ? null
                : "exit " + run.exitCode() + ": " + (run.stderr() + run.stdout()).trim().replaceAll("\\s+", " ");
    }

    private static String downstreamReads(String config) throws IOException {
        Properties props = new Properties();
        try (var in = Files.newInputStream(Path.of(config))) {
            props.load(in);
        }
        props.put(ConsumerConfig.GROUP_ID_CONFIG, READER_GROUP);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOOLS_APP + ".enriched"));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int read = 0;
            while (read == 0 && System.nanoTime() < deadline) {
                read = consumer.poll(Duration.ofMillis(500)).count();
            }
            if (read == 0) {
                return "read nothing within 20 s";
            }
            consumer.commitSync(Duration.ofSeconds(20));
            return null;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * What the tools work on, made by the super user: the topics, a feed enriched by a job run (so the application
     * group has committed offsets, its repartition topics exist, and there is a dead letter) and stopped, one more
     * raw article it has not read, a repartition partition one offset behind (as a running job's always are between
     * two commits), and a downstream group behind on the enriched topic.
     */
    private static void prepareToolsData() throws Exception {
        ArticleflowConfig config = jobConfig(TOOLS_APP, dir.resolve(TOOLS_APP));
        ArticleflowConfig asAdmin = withClient(config, cluster.clientSettings(SecuredBroker.ADMIN));
        createTopicsAndPublish(asAdmin);
        try (JobLauncher launcher = new JobLauncher()) {
            launcher.start(asAdmin, null, articleflow.events.PipelineEvents.NONE, false);
            if (!within(Duration.ofSeconds(90), () -> committedRecords(asAdmin.enrichedTopic()) >= 3
                    && committedRecords(asAdmin.dlqTopic()) >= 1)) {
                throw new AssertionError("the job did not enrich the tools' feed");
            }
            if (!within(Duration.ofSeconds(90), () -> appCommitted(asAdmin) >= 4)) {
                throw new AssertionError("the job did not commit the tools' feed");
            }
        }
        publish(asAdmin, List.of(article("late", "pine-herald", "2024-06-09T08:00:00Z", "the late train").toString()));
        commitFromTheStart(DOWNSTREAM_GROUP, asAdmin.enrichedTopic());
        try (Admin admin = cluster.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(TOOLS_APP)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map.Entry<TopicPartition, OffsetAndMetadata> repartition = committed.entrySet().stream()
                    .filter(e -> e.getKey().topic().endsWith("-repartition") && e.getValue().offset() > 0)
                    .findFirst().orElseThrow(() -> new AssertionError("no repartition offsets committed: " + committed));
            admin.alterConsumerGroupOffsets(TOOLS_APP, Map.of(repartition.getKey(),
                    new OffsetAndMetadata(repartition.getValue().offset() - 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    // --- settings and data

    /** Names of an application of its own: {@code articleflow} becomes {@code app}, {@code articles.x} becomes {@code app.x}. */
    private static UnaryOperator<String> renaming(String app, String group) {
        return name -> {
            if (name.equals("<group>")) {
                return group;
            }
            if (name.startsWith("articles.")) {
                return app + name.substring("articles".length());
            }
            return name.startsWith("articleflow") ? app + name.substring("articleflow".length()) : name;
        };
    }

    private static ArticleflowConfig jobConfig(String app, Path stateDir) {
        Properties props = SecuredClusterBrokerTest.jobSettings(cluster.clientSettings(USERS.get("run")), stateDir);
        props.setProperty("application.id", app);
        // half the default, so that a restart with the default has internal topics to raise
        props.setProperty(ArticleflowConfig.MAX_BODY_BYTES, String.valueOf(1024 * 1024));
        props.setProperty(ArticleflowConfig.RAW_TOPIC, app + ".raw");
        props.setProperty(ArticleflowConfig.ENRICHED_TOPIC, app + ".enriched");
        props.setProperty(ArticleflowConfig.DLQ_TOPIC, app + ".dlq");
        return ArticleflowConfig.load(props, Map.of(), Map.of());
    }

    private static ArticleflowConfig withClient(ArticleflowConfig config, Properties client) {
        ArticleflowConfig changed = config;
        for (String key : client.stringPropertyNames()) {
            changed = changed.with(key, client.getProperty(key));
        }
        return changed;
    }

    private static Path clientFile(String user, UnaryOperator<String> rename) throws IOException {
        Properties props = cluster.clientSettings(user);
        String app = rename.apply("articleflow");
        props.setProperty("application.id", app);
        props.setProperty(ArticleflowConfig.RAW_TOPIC, rename.apply("articles.raw"));
        props.setProperty(ArticleflowConfig.ENRICHED_TOPIC, rename.apply("articles.enriched"));
        props.setProperty(ArticleflowConfig.DLQ_TOPIC, rename.apply("articles.dlq"));
        Path file = dir.resolve(user + "-" + VARIANTS.get() + ".properties");
        try (var out = Files.newOutputStream(file)) {
            props.store(out, null);
        }
        return file;
    }

    /** The bundled topic files under the renamed names, for {@code topics apply --topics-dir}. */
    private static Path renamedTopicsDir(UnaryOperator<String> rename) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("topics-" + VARIANTS.get()));
        for (String topic : List.of("articles.raw", "articles.enriched", "articles.dlq")) {
            String definition = Files.readString(Path.of("topics", topic + ".properties"))
                    .replace("name=" + topic + "\n", "name=" + rename.apply(topic) + "\n");
            Files.writeString(folder.resolve(rename.apply(topic) + ".properties"), definition);
        }
        return folder;
    }

    private static Path feedFile() throws IOException {
        return Files.writeString(dir.resolve("one-" + VARIANTS.get() + ".jsonl"),
                article("extra", "pine-herald", "2024-06-10T08:00:00Z", "the mill").toString() + "\n");
    }

    private static void createTopicsAndPublish(ArticleflowConfig config) {
        try (Admin admin = cluster.admin()) {
            new TopicApplier(admin).apply(JobLauncher.topicSpecs(config), OptionalInt.of(1));
        }
        publish(config, List.of(
                article("ph-1", "pine-herald", "2024-06-01T08:00:00Z", "the sawmill").toString(),
                article("ph-2", "pine-herald", "2024-06-02T08:00:00Z", "the river crossing").toString(),
                article("ph-3", "pine-herald", "2024-06-03T08:00:00Z", "the fire station").toString(),
                "{\"id\": \"ph-broken\", \"source\": \"pine-herald\", \"body\": \"unterminated"));
    }

    /** Sends lines to the raw topic as the super user, keyed by their place in the list. */
    private static void publish(ArticleflowConfig config, List<String> lines) {
        ArticleflowConfig asAdmin = withClient(config, cluster.clientSettings(SecuredBroker.ADMIN));
        try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(asAdmin)) {
            for (String line : lines) {
                String key = JSON.readTree(line.endsWith("}") ? line : "{}").path("id").asText("line-" + line.hashCode());
                producer.send(new ProducerRecord<>(config.rawTopic(), key.getBytes(StandardCharsets.UTF_8),
                        line.getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + config.rawTopic(), e);
        }
    }

    /** The committed records of a topic, as a read_committed consumer of the super user reads them in 10 s at most. */
    private static long committedRecords(String topic) {
        Properties props = cluster.clientSettings(SecuredBroker.ADMIN);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long read = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline
                    && partitions.stream().anyMatch(tp -> consumer.position(tp, Duration.ofSeconds(10)) < ends.get(tp))) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            return read;
        }
    }

    private static long appCommitted(ArticleflowConfig config) {
        try (Admin admin = cluster.admin()) {
            return admin.listConsumerGroupOffsets(config.applicationId()).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS).entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(config.rawTopic()) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a group's offsets to the start of every partition of {@code topic}, as the super user. */
    private static void commitFromTheStart(String group, String topic) throws Exception {
        try (Admin admin = cluster.admin()) {
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> start.put(new TopicPartition(topic, p.partition()), new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets(group, start).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static long repartitionStart(String app) {
        try (Admin admin = cluster.admin()) {
            List<String> repartition = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(topic -> topic.startsWith(app + "-") && topic.endsWith("-repartition")).toList();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            admin.describeTopics(repartition).allTopicNames().get(30, TimeUnit.SECONDS).values().forEach(topic ->
                    topic.partitions().forEach(p -> earliest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.earliest())));
            return admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).max().orElse(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- watching

    private long timeLag(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return -1;
        }
        try {
            JsonNode lag = JSON.readTree(response.body());
            return lag.path("time_lag_ms").asLong(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean within(Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
