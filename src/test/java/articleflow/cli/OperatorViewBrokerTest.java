package articleflow.cli;

import articleflow.app.JobLauncher;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.BrokerTest;
import articleflow.broker.SharedBroker;
import articleflow.config.ArticleflowConfig;
import articleflow.ops.ApplicationMetrics;
import articleflow.ops.KafkaClients;
import articleflow.ops.LagReader;
import articleflow.ops.OpsServer;
import articleflow.app.StreamingJob;
import articleflow.topics.TopicApplier;
import articleflow.topics.TopicSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees of a running articleflow, on a real broker: health and readiness following the
 * state, counters with exact values after a known feed, lag from Kafka's own offsets over HTTP and in the
 * {@code lag} command.
 */
@BrokerTest
class OperatorViewBrokerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Admin> admins = new ArrayList<>();

    @TempDir
    Path stateDir;

    @Test
    void shouldFollowTheStateOnHealthAndReadyAndCountAKnownFeedExactly() throws Exception {
        ArticleflowConfig config = configWithTopics("ops-feed");
        try (ApplicationMetrics metrics = new ApplicationMetrics(Duration.ofSeconds(1))) {
            StreamingJob job = new StreamingJob(config, metrics.events());
            metrics.bind(job.streams());
            try (OpsServer ops = OpsServer.start(config, job::state, metrics)) {
                URI base = ops.uri();
                assertThat(get(base, "ready").statusCode()).isEqualTo(503);
                HttpResponse<String> created = get(base, "health");
                assertThat(created.statusCode()).isEqualTo(200);
                assertThat(created.body()).contains("CREATED");

                job.start();
                await("the job is ready", () -> get(base, "ready").statusCode() == 200);
                assertThat(get(base, "health").body()).contains("\"state\":\"RUNNING\"");

                send(config, List.of(
                        article("tide-tables", "harbour-gazette"),
                        article("bridge-vote", "valley-post"),
                        article("school-fair", "county-herald")));
                send(config, Map.of("broken", "this is not JSON"));
                LagReader reader = lagReader(config);
                await("the feed is through", () -> counter(scrape(base), "articleflow_revisions_emitted_total", "") == 3
                        && counter(scrape(base), "articleflow_dead_letters_total", "") == 1
                        && reader.readFor(config, null).total() == 0);
                await("Kafka's lag metrics are bound", () -> scrape(base).contains("kafka_consumer_fetch_manager_records_lag{"));

                String metricsText = scrape(base);
                assertThat(counter(metricsText, "articleflow_streams_state", "state=\"RUNNING\"")).isEqualTo(1);
                assertThat(counter(metricsText, "articleflow_streams_state", "")).isEqualTo(1);
                assertThat(counter(metricsText, "articleflow_articles_accepted_total", "")).isEqualTo(3);
                assertThat(counter(metricsText, "articleflow_articles_enriched_total", "")).isEqualTo(3);
                assertThat(counter(metricsText, "articleflow_articles_enriched_total", "source=\"valley-post\"")).isEqualTo(1);
                assertThat(counter(metricsText, "articleflow_dead_letters_total", "reason=\"invalid_json\"")).isEqualTo(1);
                assertThat(counter(metricsText, "articleflow_dead_letters_total", "source=\"unknown\"")).isEqualTo(1);
                assertThat(counter(metricsText, "articleflow_normalize_duration_seconds_count", "")).isEqualTo(3);
                assertThat(metricsText).contains("articleflow_normalize_duration_seconds_bucket{")
                        .contains("kafka_consumer_fetch_manager_records_lag_max")
                        .contains("kafka_stream_processor_node_record_e2e_latency_max{")
                        .contains("kafka_stream_thread_commit_latency_avg{")
                        .contains("articleflow_consumer_group_lag{")
                        .contains("jvm_memory_used_bytes");

                JsonNode lag = JSON.readTree(get(base, "lag").body());
                assertThat(lag.get("group").asText()).isEqualTo(config.applicationId());
                assertThat(lag.get("total_lag").asLong()).isZero();
                assertThat(matchesAdmin(lag)).isTrue();
                assertThat(rawPartitions(lag, config)).hasSize(2);

                String page = get(base, "").body();
                assertThat(page).contains("RUNNING").contains("<svg").contains("invalid_json 1");

                job.close();
                HttpResponse<String> stopped = get(base, "health");
                assertThat(stopped.statusCode()).isEqualTo(503);
                assertThat(stopped.body()).contains("NOT_RUNNING");
                assertThat(get(base, "ready").statusCode()).isEqualTo(503);
            } finally {
                job.close();
            }
        }
    }

    @Test
    void shouldShowLagGrowWhileTheAppIsStoppedAndFallToZeroAfterItRuns() throws Exception {
        ArticleflowConfig config = configWithTopics("ops-lag");
        AtomicReference<StreamingJob> current = new AtomicReference<>();
        try (ApplicationMetrics metrics = new ApplicationMetrics(Duration.ofSeconds(1));
             OpsServer ops = OpsServer.start(config, () -> current.get() == null ? KafkaStreams.State.NOT_RUNNING
                     : current.get().state(), metrics)) {
            URI base = ops.uri();
            LagReader reader = lagReader(config);
            runUntilCaughtUp(config, metrics, current, List.of(article("first", "harbour-gazette")));

            send(config, List.of(article("second", "harbour-gazette"), article("third", "valley-post")));
            JsonNode afterTwo = JSON.readTree(get(base, "lag").body());
            send(config, List.of(article("fourth", "harbour-gazette"), article("fifth", "county-herald"),
                    article("sixth", "valley-post")));
            JsonNode afterFive = JSON.readTree(get(base, "lag").body());

            assertThat(afterTwo.get("total_lag").asLong()).isEqualTo(2);
            assertThat(afterFive.get("total_lag").asLong()).isEqualTo(5);
            assertThat(rawPartitions(afterFive, config).stream().mapToLong(p -> p.get("lag").asLong()).sum()).isEqualTo(5);
            assertThat(afterFive.get("time_lag_ms").asLong()).isPositive();
            assertThat(reader.readFor(config, null).total()).isEqualTo(5);
            assertThat(matchesAdmin(afterFive)).isTrue();

            runUntilCaughtUp(config, metrics, current, List.of());
            JsonNode caughtUp = JSON.readTree(get(base, "lag").body());
            assertThat(caughtUp.get("total_lag").asLong()).isZero();
            assertThat(caughtUp.get("time_lag_ms").asLong()).isZero();
            assertThat(reader.readFor(config, null).total()).isZero();
            current.get().close();
        }
    }

    @Test
    void shouldPrintTheLagCommandsTableFromTheSameOffsetsAsTheAdminApi() throws Exception {
        String topic = SharedBroker.uniqueName("ops-downstream");
        String group = SharedBroker.uniqueName("reader");
        ArticleflowConfig config = ArticleflowConfig.load(null, Map.of(), Map.of(
                "bootstrap.servers", SharedBroker.bootstrapServers(), ArticleflowConfig.ENRICHED_TOPIC, topic));
        try (Admin admin = SharedBroker.admin()) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 2, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
            try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(config)) {
                for (int i = 0; i < 7; i++) {
                    producer.send(new ProducerRecord<>(topic, i % 2, null, ("k" + i).getBytes(StandardCharsets.UTF_8),
                            "{}".getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
                }
            }
            admin.alterConsumerGroupOffsets(group, Map.of(
                    new TopicPartition(topic, 0), new OffsetAndMetadata(1),
                    new TopicPartition(topic, 1), new OffsetAndMetadata(3))).all().get(30, TimeUnit.SECONDS);

            String table = runLagCommand("--group", group, "--bootstrap-servers", SharedBroker.bootstrapServers(),
                    "-D", ArticleflowConfig.ENRICHED_TOPIC + "=" + topic);

            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = Map.of(new TopicPartition(topic, 0), OffsetSpec.latest(),
                    new TopicPartition(topic, 1), OffsetSpec.latest());
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            List<String> expected = new ArrayList<>();
            long total = 0;
            for (int partition = 0; partition < 2; partition++) {
                TopicPartition tp = new TopicPartition(topic, partition);
                long lag = ends.get(tp).offset() - committed.get(tp).offset();
                total += lag;
                expected.add(String.join(" ", topic, String.valueOf(partition),
                        String.valueOf(committed.get(tp).offset()), String.valueOf(ends.get(tp).offset()), String.valueOf(lag)));
            }
            String totalLine = "TOTAL " + total + " (oldest unprocessed record";
            assertThat(table.lines().map(line -> line.trim().replaceAll("\\s+", " ")).toList())
                    .contains("GROUP " + group, "TOPIC PARTITION COMMITTED END LAG")
                    .containsAll(expected)
                    .anyMatch(line -> line.startsWith(totalLine));
            assertThat(total).isEqualTo(3);
        }
    }

    @AfterEach
    void closeAdmins() {
        admins.forEach(Admin::close);
    }

    // --- the scenario's pieces

    private ArticleflowConfig configWithTopics(String name) throws Exception {
        String app = SharedBroker.uniqueName(name);
        ArticleflowConfig config = ArticleflowConfig.load(null, Map.ofEntries(), Map.ofEntries(
                Map.entry("bootstrap.servers", SharedBroker.bootstrapServers()),
                Map.entry("application.id", app),
                Map.entry(ArticleflowConfig.RAW_TOPIC, app + ".raw"),
                Map.entry(ArticleflowConfig.ENRICHED_TOPIC, app + ".enriched"),
                Map.entry(ArticleflowConfig.DLQ_TOPIC, app + ".dlq"),
                Map.entry(ArticleflowConfig.HTTP_PORT, "0"),
                Map.entry("state.dir", Files.createDirectories(stateDir.resolve(app)).toString()),
                Map.entry("replication.factor", "1"),
                // these articles share much of their text: related links would add revisions to the exact counts
                Map.entry("articleflow.related.enabled", "false"),
                // a closed Streams member does not leave its group: the restarted one waits out its session
                Map.entry("session.timeout.ms", "6000"),
                Map.entry("heartbeat.interval.ms", "1500")));
        List<TopicSpec> specs = JobLauncher.topicSpecs(config).stream().map(spec -> spec.withPartitions(2)).toList();
        try (Admin admin = SharedBroker.admin()) {
            new TopicApplier(admin).apply(specs, OptionalInt.of(1));
        }
        return config;
    }

    private void runUntilCaughtUp(ArticleflowConfig config, ApplicationMetrics metrics,
                                  AtomicReference<StreamingJob> current, List<Map.Entry<String, String>> feed) throws Exception {
        StreamingJob job = new StreamingJob(config, metrics.events());
        current.set(job);
        job.start();
        assertThat(job.awaitRunning(WAIT)).as("job reaches RUNNING").isTrue();
        send(config, feed);
        LagReader reader = lagReader(config);
        await("the job has caught up", () -> {
            LagReader.GroupLag lag = reader.readFor(config, null);
            return lag.total() == 0 && lag.committedOn(config.rawTopic()) > 0;
        });
        if (!feed.isEmpty()) {
            job.close();
        }
    }

    private static Map.Entry<String, String> article(String id, String source) {
        return Map.entry(id, "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"url\":\"https://" + source
                + ".example/" + id + "\",\"title\":\"" + id + "\",\"content_type\":\"text/plain\","
                + "\"published_at\":\"2026-11-20T08:00:00Z\",\"body\":\"The council met on Tuesday to approve "
                + "a budget for " + id + ". Officials said it would fund roads and schools.\\n\\nResidents "
                + "had asked for more buses. The mayor agreed.\"}");
    }

    private static void send(ArticleflowConfig config, Map<String, String> records) throws Exception {
        send(config, List.copyOf(records.entrySet()));
    }

    private static void send(ArticleflowConfig config, List<Map.Entry<String, String>> records) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(config)) {
            for (Map.Entry<String, String> record : records) {
                producer.send(new ProducerRecord<>(config.rawTopic(), record.getKey().getBytes(StandardCharsets.UTF_8),
                        record.getValue().getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private LagReader lagReader(ArticleflowConfig config) {
        Admin admin = SharedBroker.admin();
        admins.add(admin);
        return new LagReader(admin, KafkaClients.consumerSettings(config));
    }

    /** Every partition's committed and end offset in the /lag answer equal what the Admin API reports now. */
    private static boolean matchesAdmin(JsonNode lag) throws Exception {
        try (Admin admin = SharedBroker.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(lag.get("group").asText())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            lag.get("partitions").forEach(p -> latest.put(
                    new TopicPartition(p.get("topic").asText(), p.get("partition").asInt()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all().get(30, TimeUnit.SECONDS);
            for (JsonNode p : lag.get("partitions")) {
                TopicPartition tp = new TopicPartition(p.get("topic").asText(), p.get("partition").asInt());
                OffsetAndMetadata meta = committed.get(tp);
                boolean sameCommitted = meta == null ? p.get("committed").isNull() : p.get("committed").asLong() == meta.offset();
                if (!sameCommitted || p.get("end").asLong() != ends.get(tp).offset()) {
                    return false;
                }
            }
            return !lag.get("partitions").isEmpty();
        }
    }

    private static List<JsonNode> rawPartitions(JsonNode lag, ArticleflowConfig config) {
        List<JsonNode> raw = new ArrayList<>();
        lag.get("partitions").forEach(p -> {
            if (p.get("topic").asText().equals(config.rawTopic())) {
                raw.add(p);
            }
        });
        return raw;
    }

    private static String runLagCommand(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(prepend("lag", args));
        assertThat(exit).as("lag exit code; stderr: %s", err).isZero();
        return out.toString();
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private HttpResponse<String> get(URI base, String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("/" + path)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET /" + path + " failed", e);
        }
    }

    private String scrape(URI base) {
        return get(base, "metrics").body();
    }

    /** The sum of a metric's samples whose labels contain {@code labelFilter} (all of them for ""). */
    static double counter(String exposition, String name, String labelFilter) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(exposition);
        double sum = 0;
        while (matcher.find()) {
            String labels = matcher.group(1) == null ? "" : matcher.group(1);
            if (labels.contains(labelFilter)) {
                sum += Double.parseDouble(matcher.group(2));
            }
        }
        return sum;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for: " + what);
    }
}
