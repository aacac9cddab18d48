package articleflow.app;

import articleflow.accept.ArticleValidator;
import articleflow.topology.ArticleflowTopology;
import articleflow.topology.StreamsSettings;
import articleflow.topology.errors.DeadLetters;
import articleflow.topology.stages.TextWork;
import articleflow.topology.wire.InternalNames;
import articleflow.assemble.ArticleState;
import articleflow.config.ArticleflowConfig;
import articleflow.model.EnrichedArticle;
import articleflow.events.PipelineEvents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The streaming topology run without a broker, record by record, through Kafka Streams' own test driver:
 * the same processors, the same disk-backed stores, the same dead-letter handlers. Outputs are drained as
 * they come so memory stays bounded; the final record of each article is read from the by-id store.
 *
 * <p>The test driver runs the topology on one thread; records {@linkplain #offer offered} rather than piped get
 * their text work (normalize, language, summarize) done ahead on the machine's other cores ({@link TextLookahead})
 * and are piped a few records later, in the order offered.
 */
public final class OfflinePipeline implements AutoCloseable {

    /** A dead letter as the offline run reports it: the input record's position, stage, reason and message. */
    public record DeadLetter(long offset, String stage, String reason, String message) {
    }

    public interface DeadLetterSink {
        void accept(DeadLetter letter);
    }

    private final TopologyTestDriver driver;
    private final TestInputTopic<byte[], byte[]> raw;
    private final TestOutputTopic<byte[], byte[]> enriched;
    private final TestOutputTopic<byte[], byte[]> dlq;
    private final KeyValueStore<String, ArticleState> articles;
    private final DeadLetterSink deadLetters;
    private final TextLookahead lookahead;
    private final ArrayDeque<Offered> offered = new ArrayDeque<>();
    private final Set<String> firstSeenOrder = new LinkedHashSet<>();
    private long revisions;
    private long offset;

    /** A record offered and not piped yet, with the text work started for it. */
    private record Offered(byte[] key, byte[] value, Instant timestamp, Future<?> ahead) {
    }

    public OfflinePipeline(ArticleflowConfig config, Path stateDir, PipelineEvents events, DeadLetterSink deadLetters) {
        this(config, stateDir, events, deadLetters, OfflineStores.Placement.DISK);
    }

    public OfflinePipeline(ArticleflowConfig config, Path stateDir, PipelineEvents events, DeadLetterSink deadLetters,
                           OfflineStores.Placement placement) {
        this.lookahead = new TextLookahead(TextWork.inPlace(config.summaryOptions()),
                new ArticleValidator(config.maxBodyBytes()), config.summaryOptions(),
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "offline:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        this.driver = new TopologyTestDriver(ArticleflowTopology.build(config, events,
                ArticleflowTopology.Layout.SINGLE_PARTITION, 1,
                OfflineStores.placed(placement), lookahead),
                props, Instant.now());
        this.raw = driver.createInputTopic(config.rawTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        this.enriched = driver.createOutputTopic(config.enrichedTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.dlq = driver.createOutputTopic(config.dlqTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.articles = driver.getKeyValueStore(InternalNames.ARTICLES_STORE);
        this.deadLetters = deadLetters;
    }

    /** Pipes the records offered so far, then this one, and returns its offset in the offline input topic (0, 1, 2, …). */
    public long pipe(byte[] key, byte[] value, Instant timestamp) {
        flush();
        return pipeNow(key, value, timestamp, null);
    }

    /**
     * Queues one raw record, its text work started ahead; it is piped, with the offset that follows the records
     * offered before it, once enough records are queued behind it, or at {@link #flush()}.
     */
    public void offer(byte[] key, byte[] value, Instant timestamp) {
        offered.add(new Offered(key, value, timestamp, lookahead.ahead(key, value, timestamp)));
        if (offered.size() > lookahead.window()) {
            pipeOldest();
        }
    }

    /** Pipes every record offered and not piped yet. */
    public void flush() {
        while (!offered.isEmpty()) {
            pipeOldest();
        }
    }

    /** Records piped so far. */
    public long piped() {
        return offset;
    }

    private void pipeOldest() {
        Offered next = offered.poll();
        pipeNow(next.key(), next.value(), next.timestamp(), next.ahead());
    }

    private long pipeNow(byte[] key, byte[] value, Instant timestamp, Future<?> ahead) {
        lookahead.piping(ahead);
        raw.pipeInput(new TestRecord<>(key, value, timestamp));
        drain();
        return offset++;
    }

    /** The latest enriched record of an article, or null when it was rejected, withdrawn or never seen. */
    public EnrichedArticle latest(String id) {
        ArticleState state = articles.get(id);
        return state == null ? null : state.published();
    }

    /** Ids of every article that got an enriched record, in the order each first did. */
    public Iterable<String> idsInFirstSeenOrder() {
        return firstSeenOrder;
    }

    public long revisionsEmitted() {
        return revisions;
    }

    private void drain() {
        while (!enriched.isEmpty()) {
            TestRecord<byte[], byte[]> record = enriched.readRecord();
            firstSeenOrder.add(new String(record.key(), StandardCharsets.UTF_8));
            revisions++;
        }
        while (!dlq.isEmpty()) {
            TestRecord<byte[], byte[]> letter = dlq.readRecord();
            deadLetters.accept(new DeadLetter(
                    Long.parseLong(header(letter, DeadLetters.ERRORS_OFFSET, "-1")),
                    header(letter, DeadLetters.STAGE_HEADER, "unknown"),
                    header(letter, DeadLetters.REASON_HEADER, "unknown"),
                    header(letter, "__streams.errors.message", "")));
        }
    }

    private static String header(TestRecord<byte[], byte[]> record, String name, String fallback) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? fallback : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        lookahead.close();
        driver.close();
    }
}
