package articleflow.app;

import articleflow.testing.RelatedNewsWait;
import articleflow.ops.KafkaClients;
import articleflow.ops.LagReader;
import articleflow.events.PipelineEvents;
import articleflow.broker.SharedBroker;
import articleflow.config.ArticleflowConfig;
import articleflow.topics.TopicApplier;
import articleflow.topics.TopicCatalog;
import articleflow.topics.TopicSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One articleflow application on the shared test broker: its own {@code application.id}, its own three
 * topics (created from the bundled specs, renamed, never auto-created), a state folder, and settings tuned so
 * that a test waits seconds, not minutes (fast commits, short sessions and transactions).
 *
 * <p>Every wait here has a deadline; a test that waits on the pipeline fails, it never hangs.
 */
public final class BrokerPipeline implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(45);

    private final ArticleflowConfig config;
    private final KafkaProducer<byte[], byte[]> producer;
    private final List<StreamingJob> jobs = new ArrayList<>();

    private BrokerPipeline(ArticleflowConfig config) {
        this.config = config;
        this.producer = KafkaClients.producer(config);
    }

    /**
     * Creates the topics of a new application named after {@code name}.
     *
     * @param rawPartitions partitions of the raw topic (and of the output topic); internal topics follow them
     */
    public static BrokerPipeline create(String name, Path stateDir, int rawPartitions) {
        return create(name, stateDir, rawPartitions, UnaryOperator.identity());
    }

    /** As {@link #create(String, Path, int)}, with some settings changed by {@code tuning}. */
    public static BrokerPipeline create(String name, Path stateDir, int rawPartitions,
                                        UnaryOperator<ArticleflowConfig> tuning) {
        String app = SharedBroker.uniqueName(name);
        ArticleflowConfig config = ArticleflowConfig.defaults()
                .with("bootstrap.servers", SharedBroker.bootstrapServers())
                .with("application.id", app)
                .with(ArticleflowConfig.RAW_TOPIC, app + ".raw")
                .with(ArticleflowConfig.ENRICHED_TOPIC, app + ".enriched")
                .with(ArticleflowConfig.DLQ_TOPIC, app + ".dlq")
                .with("state.dir", stateDir.toString())
                .with("num.stream.threads", "1")
                .with("commit.interval.ms", "100")
                .with("statestore.cache.max.bytes", "0")
                .with("replication.factor", "1")
                .with("consumer.session.timeout.ms", "6000")
                .with("consumer.heartbeat.interval.ms", "1000")
                .with("producer.transaction.timeout.ms", "10000");
        config = tuning.apply(config);
        TopicCatalog catalog = TopicCatalog.bundled();
        List<TopicSpec> specs = List.of(
                catalog.spec(TopicCatalog.RAW).named(config.rawTopic()).withPartitions(rawPartitions),
                catalog.spec(TopicCatalog.ENRICHED).named(config.enrichedTopic()).withPartitions(rawPartitions),
                catalog.spec(TopicCatalog.DLQ).named(config.dlqTopic()).withPartitions(1));
        try (Admin admin = KafkaClients.admin(config)) {
            new TopicApplier(admin).apply(specs, OptionalInt.of(1));
        }
        return new BrokerPipeline(config);
    }

    public ArticleflowConfig config() {
        return config;
    }

    /** Starts a new {@link StreamingJob} on this application's settings and waits until it is RUNNING. */
    public StreamingJob startJob() throws InterruptedException {
        return startJob(config);
    }

    /** Starts another instance of the application, with a state folder of its own, as a second machine would. */
    public StreamingJob startInstance(Path stateDir) throws InterruptedException {
        return startJob(config.with("state.dir", stateDir.toString()));
    }

    private StreamingJob startJob(ArticleflowConfig config) throws InterruptedException {
        StreamingJob job = new StreamingJob(config, PipelineEvents.NONE);
        jobs.add(job);
        job.start();
        if (!job.awaitRunning(RUNNING_TIMEOUT)) {
            throw new AssertionError("the streaming job did not reach RUNNING within " + RUNNING_TIMEOUT
                    + "; state " + job.streams().state());
        }
        return job;
    }

    /** Sends one record to the raw topic and waits for the broker's acknowledgement. */
    public RecordMetadata produce(byte[] key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(config.rawTopic(), key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not produce a record to " + config.rawTopic(), e);
        }
    }

    public RecordMetadata produce(String key, byte[] value) {
        return produce(key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
    }

    public RecordMetadata produce(String key, String value) {
        return produce(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Produces a raw article keyed by its id. */
    public RecordMetadata produceArticle(ObjectNode article) {
        return produce(article.get("id").textValue(), article.toString());
    }

    public OutputLog enriched() {
        return new OutputLog(config, config.enrichedTopic());
    }

    public OutputLog deadLetters() {
        return new OutputLog(config, config.dlqTopic());
    }

    /**
     * Waits until the application has processed everything produced so far, then reads {@code output} to its
     * end. Idle means the app's own {@link LagReader} reports lag 0 on the raw topic and on every internal
     * repartition topic at once: under exactly-once, an input offset is committed in the same transaction as the
     * records it caused downstream, so nothing is left in flight.
     */
    public void awaitIdle(OutputLog output, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties probe = new Properties();
        probe.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("bootstrap.servers"));
        probe.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long lastLag = -1;
        try (Admin admin = KafkaClients.admin(config)) {
            LagReader lag = new LagReader(admin, probe);
            while (System.nanoTime() < deadline) {
                List<String> inputs = new ArrayList<>(List.of(config.rawTopic()));
                admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                        .filter(topic -> topic.startsWith(config.applicationId() + "-") && topic.endsWith("-repartition"))
                        .forEach(inputs::add);
                lastLag = lag.read(config.applicationId(), inputs).total();
                if (lastLag == 0 && RelatedNewsWait.stillIdleAfterIt(config, lag, inputs) && output.readToEnd(Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)))) {
                    return;
                }
                output.poll(Duration.ofMillis(200));
            }
        } catch (Exception e) {
            throw new AssertionError("could not read the lag of " + config.applicationId(), e);
        }
        throw new AssertionError(config.applicationId() + " was not idle within " + timeout + " (last lag " + lastLag
                + ", " + output.records().size() + " records read from " + output.topic() + ")");
    }

    /** A raw article as a publisher sends it; the body is a few distinct paragraphs about {@code topic}. */
    public static ObjectNode article(String id, String source, String publishedAt, String topic) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("source", source);
        node.put("url", "https://" + source + ".example/" + id);
        node.put("title", "News about " + topic);
        node.put("body", "The council of " + topic + " met on Tuesday to approve a new budget for the coming year. "
                + "Officials said the plan would fund roads, schools and a library in the town centre.\n\n"
                + "Residents of " + topic + " had asked for more money for public transport. "
                + "The mayor said buses would run every ten minutes from the spring.\n\n"
                + "A final vote on the " + topic + " budget is expected next month.");
        node.put("content_type", "text/plain");
        node.put("published_at", publishedAt);
        node.put("language", "en");
        return node;
    }

    @Override
    public void close() {
        jobs.forEach(StreamingJob::close);
        producer.close(Duration.ofSeconds(10));
    }
}
