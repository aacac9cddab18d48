package articleflow.cli;

import static articleflow.app.BrokerPipeline.article;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.BrokerTest;
import articleflow.broker.CommandProcess;
import articleflow.broker.SecuredBroker;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * articleflow on a secured cluster: SCRAM-SHA-512 over TLS, every request authorized by ACLs, and each command
 * run as a principal of its own that has exactly the grants {@code docs/security.md} lists for that command (the
 * test reads them from there, so the document cannot drift from what was proven). The job and the tools work end
 * to end with those grants; a wrong password, a malformed {@code sasl.jaas.config} and a missing grant each end
 * the command at once with one line; no password ever shows in any output.
 */
@BrokerTest
class SecuredClusterBrokerTest {

    private static final String APP = "articleflow";
    private static final String DOWNSTREAM_GROUP = "search-indexer";
    /** Each command's principal: the command as {@code docs/security.md} names it, and the user that runs it. */
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("run", "articleflow");
        USERS.put("topics apply", "topics");
        USERS.put("lag", "lag");
        USERS.put("lag --group <group>", "lag-group");
        USERS.put("dlq replay", "replayer");
        USERS.put("reprocess", "reprocess");
        USERS.put("produce", "publisher");
        USERS.put("tail", "reader");
        USERS.put("a downstream consumer", "downstream");
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static SecuredBroker cluster;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Everything any command printed in this test class, searched for secrets at the end of each test. */
    private final List<String> printed = new ArrayList<>();

    @BeforeAll
    static void startTheSecuredCluster() {
        cluster = SecuredBroker.start(dir, USERS.values());
        cluster.grant(SecurityDoc.bindings(SecurityDoc.grants(), USERS,
                name -> name.equals("<group>") ? DOWNSTREAM_GROUP : name));
    }

    @AfterAll
    static void stopTheCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Timeout(300)
    void shouldEnrichArticlesAndServeEveryToolWithNoMoreThanTheGrantsOfTheSecurityDoc() throws Exception {
        CommandRun topics = tool("topics", "apply", "--bootstrap-servers", cluster.bootstrapServers(),
                "--command-config", clientFile("topics apply").toString(), "--replication-factor", "1");
        assertThat(topics.exitCode()).as(topics.toString()).isZero();
        assertThat(topics.stdout()).contains("3 created, no drift");
        CommandRun check = tool("topics", "check", "--bootstrap-servers", cluster.bootstrapServers(),
                "--command-config", clientFile("topics apply").toString(), "--replication-factor", "1");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.stdout()).contains("all 3 topics match");

        Path feed = dir.resolve("feed.jsonl");
        Files.write(feed, List.of(
                article("ph-1", "pine-herald", "2024-06-01T08:00:00Z", "the sawmill").toString(),
                article("ph-2", "pine-herald", "2024-06-02T08:00:00Z", "the river crossing").toString(),
                article("ph-3", "pine-herald", "2024-06-03T08:00:00Z", "the fire station").toString(),
                "{\"id\": \"ph-broken\", \"source\": \"pine-herald\", \"body\": \"unterminated"));
        CommandRun produced = tool("produce", "--config", clientFile("produce").toString(), feed.toString());
        assertThat(produced.exitCode()).as(produced.toString()).isZero();
        assertThat(produced.stdout()).contains("produced 4 records to articles.raw");

        // the password only in the environment, as docs/security.md suggests
        Properties settings = jobSettings(cluster.clientSettings(USERS.get("run")));
        String jaas = (String) settings.remove("sasl.jaas.config");
        try (CommandProcess job = CommandProcess.start(dir, "run", Map.of("ARTICLEFLOW_SASL_JAAS_CONFIG", jaas),
                "run", "--config", write("job.properties", settings).toString())) {
            URI status = awaitStatusPage(job);
            await("the job is ready", WAIT, () -> get(status.resolve("ready")).statusCode() == 200);

            Map<String, EnrichedArticle> latest = new HashMap<>();
            try (KafkaConsumer<byte[], byte[]> downstream = downstreamConsumer()) {
                readUntil(downstream, latest, () -> linked(latest, "ph-1", "ph-2", "ph-3"));
                downstream.commitSync(Duration.ofSeconds(30));
                assertThat(latest.get("ph-2").summary()).isNotBlank();
                assertThat(latest.get("ph-2").source()).isEqualTo("pine-herald");

                // one more article: it and the new revision of its neighbour are what the downstream group has not read
                Files.write(feed, List.of(article("ph-4", "pine-herald", "2024-06-04T08:00:00Z", "the ferry").toString()));
                assertThat(tool("produce", "--config", clientFile("produce").toString(), feed.toString()).exitCode()).isZero();
                await("the job has caught up and the downstream group lags", WAIT, () ->
                        json(get(status.resolve("lag"))).path("total_lag").asLong(-1) == 0
                                && json(get(status.resolve("lag?group=" + DOWNSTREAM_GROUP))).path("total_lag").asLong() >= 2);
                HttpResponse<String> groupLag = get(status.resolve("lag?group=" + DOWNSTREAM_GROUP));
                assertThat(groupLag.statusCode()).as(groupLag.body()).isEqualTo(200);
                long downstreamLag = json(groupLag).get("total_lag").asLong();
                assertThat(json(groupLag).get("time_lag_ms").asLong()).as("the job read the oldest unread record").isPositive();

                CommandRun appLag = tool("lag", "--config", clientFile("lag").toString());
                assertThat(appLag.exitCode()).as(appLag.toString()).isZero();
                assertThat(squeezed(appLag.stdout())).contains("GROUP " + APP).contains("TOTAL 0");
                CommandRun groupLagCommand = tool("lag", "--group", DOWNSTREAM_GROUP,
                        "--config", clientFile("lag --group <group>").toString());
                assertThat(groupLagCommand.exitCode()).as(groupLagCommand.toString()).isZero();
                // the job may still publish revisions meanwhile, and the group does not read, so its lag only grows
                long downstreamLagAfter = json(get(status.resolve("lag?group=" + DOWNSTREAM_GROUP))).get("total_lag").asLong();
                Matcher total = Pattern.compile("TOTAL (\\d+) \\(oldest unprocessed record").matcher(squeezed(groupLagCommand.stdout()));
                assertThat(total.find()).as(groupLagCommand.stdout()).isTrue();
                assertThat(Long.parseLong(total.group(1))).as(groupLagCommand.stdout())
                        .isBetween(downstreamLag, downstreamLagAfter);

                readUntil(downstream, latest, () -> linked(latest, "ph-1", "ph-2", "ph-3", "ph-4"));
            }

            CommandRun tail = tool("tail", "--from-beginning", "--json", "--max", "3", "--idle-exit", "30",
                    "--config", clientFile("tail").toString());
            assertThat(tail.exitCode()).as(tail.toString()).isZero();
            assertThat(tail.stdout().lines().filter(line -> line.startsWith("{")).count()).isEqualTo(3);

            CommandRun replay = tool("dlq", "replay", "--force", "--config", clientFile("dlq replay").toString());
            assertThat(replay.exitCode()).as(replay.toString()).isZero();
            assertThat(replay.stdout()).contains("replayed 1 dead letters to articles.raw");
            await("the job has read the replayed letter", WAIT,
                    () -> json(get(status.resolve("lag"))).path("total_lag").asLong(-1) == 0);

            await("the job has purged what it read of its repartition topics", WAIT, () -> repartitionStart() > 0);
            job.stop(Duration.ofSeconds(60));
            printed.add(job.stdout());
            printed.add(job.stderr());
        }

        CommandRun reprocess = tool("reprocess", "--config", clientFile("reprocess").toString());
        assertThat(reprocess.exitCode()).as(reprocess.toString()).isZero();
        assertThat(reprocess.stdout()).contains("rewound group " + APP + " to re-read 6 records of articles.raw");
        assertNoSecretPrinted();
    }

    @Test
    void shouldStopAtOnceWithOneLineWhenTheClusterRefusesThePassword() throws Exception {
        String wrong = "not-" + cluster.password("articleflow");
        Path config = write("wrong-password.properties", jobSettings(cluster.clientSettings("articleflow", wrong)));

        CommandFailure failure = failed("wrong-password", "run", "--config", config.toString(), "--no-http");

        assertThat(failure.exitCode()).isEqualTo(Main.FAILED);
        assertThat(failure.line()).startsWith("articleflow: the Kafka cluster at " + cluster.bootstrapServers()
                + " refused the credentials: Authentication failed");
        assertThat(failure.output()).doesNotContain(wrong);
        assertNoSecretPrinted();
    }

    @Test
    void shouldStopAtOnceWithOneLineOnAMalformedJaasSetting() throws Exception {
        String jaas = SecuredBroker.jaas("articleflow", cluster.password("articleflow"));
        // the usual slip: the closing semicolon left out
        Properties settings = cluster.clientSettingsWithJaas(jaas.substring(0, jaas.length() - 1));
        Path config = write("malformed-jaas.properties", jobSettings(settings));

        CommandFailure failure = failed("malformed-jaas", "run", "--config", config.toString(), "--no-http");

        assertThat(failure.exitCode()).isEqualTo(Main.CONFIGURATION_ERROR);
        assertThat(failure.line()).isEqualTo("articleflow: cannot create a Kafka admin client from these settings: "
                + "JAAS config entry not terminated by semi-colon");
        assertNoSecretPrinted();
    }

    @Test
    void shouldRefuseAToolInOneLineWhenItsPrincipalLacksAGrantOrItsPasswordIsWrong() throws Exception {
        Path feed = write("one.jsonl", article("ph-9", "pine-herald", "2024-06-09T08:00:00Z", "the bridge").toString());
        Path wrongPassword = write("wrong-reader.properties", cluster.clientSettings("reader", "wrong-password"));

        // the reader may read the enriched topic, never write the raw one; both commands run side by side
        try (CommandProcess unauthorized = CommandProcess.start(dir, "produce-unauthorized",
                     "produce", "--config", clientFile("tail").toString(), feed.toString());
             CommandProcess refused = CommandProcess.start(dir, "tail-wrong-password",
                     "tail", "--max", "1", "--idle-exit", "5", "--config", wrongPassword.toString())) {
            CommandFailure notAllowed = failed(unauthorized);
            CommandFailure notLetIn = failed(refused);

            assertThat(notAllowed.exitCode()).isEqualTo(Main.FAILED);
            assertThat(notAllowed.line()).isEqualTo("articleflow: the Kafka cluster refused an operation: "
                    + "Not authorized to access topics: [articles.raw] (the principal has no ACL for it)");
            assertThat(notLetIn.exitCode()).isEqualTo(Main.FAILED);
            // the tools check the cluster first, as run does, so the line names it
            assertThat(notLetIn.line()).startsWith("articleflow: the Kafka cluster at " + cluster.bootstrapServers()
                    + " refused the credentials: ");
        }
        assertNoSecretPrinted();
    }

    // --- the commands

    /** What a failed command printed: its exit code, its one line of its own, everything together. */
    private record CommandFailure(int exitCode, String line, String output) {
    }

    /** A command in this JVM, its output kept to be searched for secrets. */
    private CommandRun tool(String... args) {
        CommandRun run = CommandRun.inProcess(args);
        printed.add(run.stdout());
        printed.add(run.stderr());
        return run;
    }

    /** A command in a JVM of its own, as an operator runs it, that must give up within seconds. */
    private CommandFailure failed(String name, String... args) throws InterruptedException {
        try (CommandProcess command = CommandProcess.start(dir, name, args)) {
            return failed(command);
        }
    }

    private CommandFailure failed(CommandProcess command) throws InterruptedException {
        long started = System.nanoTime();
        int exitCode = command.awaitExit(Duration.ofSeconds(60));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        printed.add(command.stdout());
        printed.add(command.stderr());
        assertThat(took).as("how long it took to give up").isLessThan(Duration.ofSeconds(30));
        return new CommandFailure(exitCode, ownLine(command.stderr()), command.stdout() + command.stderr());
    }

    /** One line of Kafka's own log, as the product's logging settings print it: level, logger, message. */
    private static final Pattern KAFKA_LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[(WARN|ERROR)\\] \\w+ - .*");

    /**
     * articleflow's own line in an error output that holds no stack trace and nothing else but Kafka's clients' own
     * one-line log records of the same refusal (the NetworkClient logs a refused login at ERROR, the level it also
     * reports real I/O faults at, so it is not silenced).
     */
    private static String ownLine(String stderr) {
        assertThat(stderr).doesNotContain("\tat ").doesNotContain("Caused by").doesNotContain("Exception:");
        List<String> own = stderr.lines().filter(line -> !line.isBlank())
                .filter(line -> !KAFKA_LOG_LINE.matcher(line).matches()).toList();
        assertThat(own).as("articleflow's lines in\n" + stderr).hasSize(1);
        return own.get(0);
    }

    private void assertNoSecretPrinted() {
        String all = String.join("\n", printed);
        for (String secret : cluster.secrets()) {
            assertThat(all).as("everything printed").doesNotContain(secret);
        }
    }

    // --- settings files

    private static Path clientFile(String command) {
        return write(USERS.get(command).replace(' ', '-') + ".properties", cluster.clientSettings(USERS.get(command)));
    }

    /** The job's settings: its credentials, and tuning that makes a test wait seconds, not minutes. */
    private static Properties jobSettings(Properties client) {
        return jobSettings(client, dir.resolve("state"));
    }

    static Properties jobSettings(Properties client, Path stateDir) {
        Properties props = new Properties();
        props.putAll(client);
        props.setProperty("state.dir", stateDir.toString());
        props.setProperty("replication.factor", "1");
        props.setProperty("num.stream.threads", "1");
        props.setProperty("commit.interval.ms", "100");
        props.setProperty("statestore.cache.max.bytes", "0");
        props.setProperty("repartition.purge.interval.ms", "500");
        props.setProperty("consumer.session.timeout.ms", "6000");
        props.setProperty("consumer.heartbeat.interval.ms", "1000");
        props.setProperty("producer.transaction.timeout.ms", "10000");
        props.setProperty("articleflow.http.port", "0");
        return props;
    }

    private static Path write(String name, Properties props) {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            props.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content + "\n");
    }

    // --- watching the job

    private static final Pattern STATUS_PAGE = Pattern.compile("status page on (http://\\S+/)");

    private static URI awaitStatusPage(CommandProcess job) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher page = STATUS_PAGE.matcher(job.stdout());
            if (page.find()) {
                return URI.create(page.group(1));
            }
            if (!job.isAlive()) {
                throw new AssertionError("the job ended before it served its status page:\n" + job.stderr());
            }
            pause();
        }
        throw new AssertionError("no status page within " + START_TIMEOUT + ":\n" + job.stdout() + job.stderr());
    }

    private HttpResponse<String> get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A downstream service: its own credentials and group, reading only committed records. */
    private static KafkaConsumer<byte[], byte[]> downstreamConsumer() {
        Properties props = cluster.clientSettings(USERS.get("a downstream consumer"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, DOWNSTREAM_GROUP);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of("articles.enriched"));
        return consumer;
    }

    private static void readUntil(KafkaConsumer<byte[], byte[]> consumer, Map<String, EnrichedArticle> latest,
                                  BooleanSupplier done) {
        await("enriched articles", WAIT, () -> {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                String id = new String(record.key(), StandardCharsets.UTF_8);
                latest.put(id, record.value() == null ? null : ArticleJson.fromBytes(record.value(), EnrichedArticle.class));
            }
            return done.getAsBoolean();
        });
    }

    /** Whether the articles are all there, each linked to the one before and after it (both ends converge). */
    private static boolean linked(Map<String, EnrichedArticle> latest, String... ids) {
        for (int i = 0; i < ids.length; i++) {
            EnrichedArticle article = latest.get(ids[i]);
            if (article == null
                    || !Objects.equals(linkId(article.neighbors().previous()), i == 0 ? null : ids[i - 1])
                    || !Objects.equals(linkId(article.neighbors().next()), i == ids.length - 1 ? null : ids[i + 1])) {
                return false;
            }
        }
        return true;
    }

    private static String linkId(Link link) {
        return link == null ? null : link.id();
    }

    /** The largest start offset of the application's repartition partitions: above 0 once it purges what it read. */
    private static long repartitionStart() {
        try (Admin admin = cluster.admin()) {
            List<String> repartition = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(topic -> topic.startsWith(APP + "-") && topic.endsWith("-repartition")).toList();
            Map<TopicPartition, OffsetSpec> earliest = admin.describeTopics(repartition).allTopicNames().get(30, TimeUnit.SECONDS)
                    .values().stream().flatMap(topic -> topic.partitions().stream()
                            .map(p -> new TopicPartition(topic.name(), p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()));
            return admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).max().orElse(0);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the repartition topics' start offsets", e);
        }
    }

    private static String squeezed(String table) {
        return table.lines().map(line -> line.trim().replaceAll("\\s+", " ")).collect(Collectors.joining("\n"));
    }

    private static void await(String what, Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
