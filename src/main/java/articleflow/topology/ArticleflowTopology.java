package articleflow.topology;

import articleflow.accept.AcceptProcessor;
import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
import articleflow.accept.KeyFromValueProcessor;
import articleflow.accept.RejectReason;
import articleflow.accept.RejectedRecordException;
import articleflow.assemble.ArticleAssembleProcessor;
import articleflow.assemble.ArticleAssembler;
import articleflow.assemble.ArticleDraft;
import articleflow.assemble.ArticleIntakeProcessor;
import articleflow.assemble.ArticleLedger;
import articleflow.assemble.ArticleState;
import articleflow.config.ArticleflowConfig;
import articleflow.link.FeedEntry;
import articleflow.link.FeedProcessor;
import articleflow.model.EnrichedArticle;
import articleflow.model.FeedReply;
import articleflow.model.FeedRequest;
import articleflow.model.IntakeOutput;
import articleflow.normalize.LearnedFurnitureProcessor;
import articleflow.normalize.LineHistory;
import articleflow.normalize.NormalizedText;
import articleflow.normalize.Normalizer;
import articleflow.ops.PipelineEvents;
import articleflow.summarize.Summarizer;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The whole pipeline in one place: which stage runs where, keyed by what. The stages themselves are plain
 * classes; this only wires them. Every processor, store and repartition topic is named, so stages can be
 * added later without losing state.
 *
 * <pre>
 * articles.raw ─ accept ─ normalize ─ intake (by id) ─ articles-by-source ─ learned furniture ─ feed (by source)
 *                                       │ shares the "articles" store                                   │
 *                                       └─ assemble (by id) ◄───────── feed-replies ────────────────────┘
 *                                               └─ articles.enriched
 * </pre>
 */
public final class ArticleflowTopology {

    public static final String ARTICLES_STORE = "articles";
    public static final String SOURCE_LINES_STORE = "source-lines";
    public static final String FEED_ORDER_STORE = "feed-order";
    public static final String FEED_POSITIONS_STORE = "feed-positions";
    public static final String BY_ID_TOPIC = "articles-by-id";
    public static final String BY_SOURCE_TOPIC = "articles-by-source";
    public static final String FEED_REPLIES_TOPIC = "feed-replies";

    private static final Serde<String> KEYS = Serdes.String();

    private ArticleflowTopology() {
    }

    /** How the topology is laid out: over a cluster's partitions, or in one partition for the offline run. */
    public enum Layout {
        PARTITIONED,
        /**
         * One partition, as {@code enrich} runs it: every key already meets everything on it, so the repartitions
         * are identities and are left out, and the stores keep no changelog; the processors and stores are the same.
         */
        SINGLE_PARTITION
    }

    public static Topology build(ArticleflowConfig config, PipelineEvents events) {
        return build(config, events, Layout.PARTITIONED, Stores::persistentKeyValueStore);
    }

    /** @param stores where state lives: RocksDB for the streaming job, RocksDB without per-record flushes offline */
    public static Topology build(ArticleflowConfig config, PipelineEvents events, Layout layout,
                                 Function<String, KeyValueBytesStoreSupplier> stores) {
        StreamsBuilder builder = new StreamsBuilder();
        Repartitions repartitions = new Repartitions(layout);
        ArticleValidator validator = new ArticleValidator(config.maxBodyBytes());
        Normalizer normalizer = new Normalizer();
        ArticleLedger ledger = new ArticleLedger(new ArticleAssembler(new Summarizer(config.summaryOptions())));

        builder.addStateStore(store(layout, stores, ARTICLES_STORE, ArticleState.class));
        builder.addStateStore(store(layout, stores, SOURCE_LINES_STORE, LineHistory.class));
        builder.addStateStore(store(layout, stores, FEED_ORDER_STORE, FeedEntry.class));
        builder.addStateStore(store(layout, stores, FEED_POSITIONS_STORE, FeedEntry.class));

        // accept: a record without a key takes its id from the value; only those are repartitioned, and as the
        // raw bytes, so a later error still dead-letters exactly what the publisher sent
        KStream<byte[], byte[]> raw = builder.stream(config.rawTopic(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read.raw"));
        Map<String, KStream<byte[], byte[]>> byKey = raw.split(Named.as("accept.split-"))
                .branch((key, value) -> key == null, Branched.as("unkeyed"))
                .defaultBranch(Branched.as("keyed"));
        KStream<byte[], byte[]> rekeyed = repartitions.by(BY_ID_TOPIC, Serdes.ByteArray(), Serdes.ByteArray())
                .apply(byKey.get("accept.split-unkeyed")
                        .process(() -> new KeyFromValueProcessor(validator), Named.as("accept.key-from-value")));
        KStream<String, AcceptedArticle> accepted = byKey.get("accept.split-keyed")
                .merge(rekeyed, Named.as("accept.merge"))
                .process(() -> new AcceptProcessor(validator, events), Named.as("accept.validate"));

        // normalize: stateless, so the expensive text work runs in parallel over all partitions
        KStream<String, ArticleDraft> drafts = accepted.mapValues(article -> {
            if (article == null) {
                return null;
            }
            long started = System.nanoTime();
            NormalizedText text = normalizer.normalize(article.title(), article.body(), article.contentType());
            events.normalizeNanos(System.nanoTime() - started);
            if (text.paragraphs().isEmpty()) {
                throw new RejectedRecordException("normalize", RejectReason.EMPTY_TEXT,
                        "no text is left once markup and page furniture are removed");
            }
            return ArticleDraft.of(article, text);
        }, Named.as("normalize.text"));

        // assemble, first door: per-id state, stale corrections, withdrawals
        KStream<String, IntakeOutput> intake = drafts.process(
                () -> new ArticleIntakeProcessor(ledger, ARTICLES_STORE, events),
                Named.as("assemble.intake"), ARTICLES_STORE);
        Map<String, KStream<String, IntakeOutput>> intakeOut = intake.split(Named.as("assemble.route-"))
                .branch((id, out) -> out.isWithdrawal(), Branched.as("withdrawals"))
                .defaultBranch(Branched.as("requests"));

        // by source: learned furniture, then the feed
        KStream<String, FeedRequest> requests = intakeOut.get("assemble.route-requests")
                .mapValues(IntakeOutput::feedRequest, Named.as("assemble.feed-request"));
        KStream<String, FeedReply> answered = repartitions.by(BY_SOURCE_TOPIC, KEYS, JsonSerde.of(FeedRequest.class))
                .apply(requests)
                .process(() -> new LearnedFurnitureProcessor(config.furnitureSettings(), SOURCE_LINES_STORE),
                        Named.as("normalize.learned-furniture"), SOURCE_LINES_STORE)
                .process(() -> new FeedProcessor(FEED_ORDER_STORE, FEED_POSITIONS_STORE, events),
                        Named.as("link.feed"), FEED_ORDER_STORE, FEED_POSITIONS_STORE);
        KStream<String, FeedReply> replies = repartitions.by(FEED_REPLIES_TOPIC, KEYS, JsonSerde.of(FeedReply.class))
                .apply(answered);

        // assemble, second door: the same store, so the replies meet their article's state in one task
        KStream<String, EnrichedArticle> revisions = replies.process(
                () -> new ArticleAssembleProcessor(ledger, ARTICLES_STORE, events),
                Named.as("assemble.revise"), ARTICLES_STORE);
        KStream<String, EnrichedArticle> tombstones = intakeOut.get("assemble.route-withdrawals")
                .mapValues(out -> (EnrichedArticle) null, Named.as("assemble.tombstone"));

        revisions.merge(tombstones, Named.as("assemble.merge"))
                .to(config.enrichedTopic(), Produced.with(KEYS, JsonSerde.of(EnrichedArticle.class))
                        .withName("write.enriched"));
        return builder.build();
    }

    /** A repartition by the current key, or nothing at all in one partition. */
    private record Repartitions(Layout layout) {
        <K, V> java.util.function.UnaryOperator<KStream<K, V>> by(String name, Serde<K> keys, Serde<V> values) {
            if (layout == Layout.SINGLE_PARTITION) {
                return stream -> stream;
            }
            return stream -> stream.repartition(Repartitioned.<K, V>as(name).withKeySerde(keys).withValueSerde(values));
        }
    }

    private static <V> StoreBuilder<?> store(Layout layout, Function<String, KeyValueBytesStoreSupplier> stores,
                                             String name, Class<V> type) {
        StoreBuilder<?> store = Stores.keyValueStoreBuilder(stores.apply(name), KEYS, JsonSerde.of(type));
        // offline state is thrown away at the end: a changelog would only pile up in the test driver's memory
        return layout == Layout.SINGLE_PARTITION ? store.withLoggingDisabled() : store;
    }
}
