package articleflow.topology;

import articleflow.topology.stages.RawRouteProcessor;
import articleflow.topology.wire.RoutedRaw;
import static articleflow.topology.wire.InternalNames.ARTICLES_STORE;
import static articleflow.topology.wire.InternalNames.BY_ID_TOPIC;
import static articleflow.topology.wire.InternalNames.BY_SOURCE_TOPIC;
import static articleflow.topology.wire.InternalNames.FEED_ORDER_STORE;
import static articleflow.topology.wire.InternalNames.FEED_POSITIONS_STORE;
import static articleflow.topology.wire.InternalNames.FEED_REPLIES_TOPIC;
import static articleflow.topology.wire.InternalNames.SOURCE_LINES_STORE;
import static articleflow.topology.wire.InternalNames.BUCKET_MEMBERS_STORE;
import static articleflow.topology.wire.InternalNames.BUCKET_STATES_STORE;
import static articleflow.topology.wire.InternalNames.BY_BUCKET_TOPIC;
import static articleflow.topology.wire.InternalNames.PAIRS_TOPIC;
import static articleflow.topology.wire.InternalNames.RELATED_NEWS_STORE;
import static articleflow.topology.wire.InternalNames.RELATED_STATES_STORE;
import static articleflow.topology.wire.InternalNames.RELATED_TERMS_STORE;
import static articleflow.topology.wire.InternalNames.RETRACTIONS_TOPIC;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
import articleflow.assemble.ArticleDraft;
import articleflow.assemble.ArticleLedger;
import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.model.EnrichedArticle;
import articleflow.topology.stages.AcceptProcessor;
import articleflow.topology.stages.ArticleIntakeProcessor;
import articleflow.topology.stages.ArticlePublishProcessor;
import articleflow.topology.stages.FeedProcessor;
import articleflow.topology.stages.KeyFromValueProcessor;
import articleflow.topology.stages.LearnedFurnitureProcessor;
import articleflow.topology.stages.NormalizeProcessor;
import articleflow.topology.stages.ReplyMatchProcessor;
import articleflow.topology.stages.StripLearnedFurnitureProcessor;
import articleflow.topology.stages.SummarizeProcessor;
import articleflow.topology.stages.TextWork;
import articleflow.topology.stages.Verdicts;
import articleflow.topology.wire.FeedReply;
import articleflow.topology.wire.FeedRequest;
import articleflow.topology.wire.FeedStep;
import articleflow.topology.wire.IntakeOutput;
import articleflow.topology.wire.JsonSerde;
import articleflow.topology.wire.PipelineCodecs;
import articleflow.topology.wire.Settlement;
import articleflow.analysis.TextAnalyzer;
import articleflow.related.ArticleMessage;
import articleflow.related.RecentAnalyses;
import articleflow.related.RelatedSettings;
import articleflow.related.RelatedView;
import articleflow.topology.stages.ArticleRelateProcessor;
import articleflow.topology.stages.RelatedArticleProcessor;
import articleflow.topology.stages.RelatedBucketProcessor;
import articleflow.topology.stages.RelatedCountProcessor;
import articleflow.topology.stages.RelatedIndexProcessor;
import articleflow.topology.wire.RelatedCodecs;
import articleflow.topology.wire.RelatedOutput;
import articleflow.topology.wire.RelatedStep;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The pipeline as the design describes it, one stage after another; each node is named after its stage
 * ({@code accept.*}, {@code normalize.*}, {@code summarize.*}, {@code link.*}, {@code assemble.*}) so that
 * {@code describe} reads as the table of contents. The stages are plain classes; this only wires them. Every
 * processor, store and repartition topic is named, so stages can be added without losing state.
 *
 * <pre>
 * by id      articles.raw ─ accept ─ normalize ─ assemble.intake ─┐ (drafts wait in the "articles" store)
 * by source  ┌─ articles-by-source ◄────────────────────────────────┘
 *            └─ normalize.learned-furniture (decide) ─ link.feed ─┐
 * by id      ┌─ feed-replies ◄────────────────────────────────────┘
 *            └─ assemble.match-reply ─ normalize.strip-learned (apply) ─ summarize ─ assemble.publish ─ articles.enriched
 * </pre>
 *
 * Learned furniture is the one stage that runs in two places: deciding needs a publisher's history (keyed by
 * source), applying needs the article's text (kept by id), and only fingerprints cross between them.
 */
public final class ArticleflowTopology {

    private static final Serde<String> KEYS = Serdes.String();
    /**
     * Analyses kept between counting and indexing: the versions in flight across a feed round trip. Live, that is a
     * few dozen; draining a backlog (a catch-up, a reprocess, the bench), a task counts ahead by up to
     * {@code buffered.records.per.partition} (1,000) records of each raw partition before their replies come back, so
     * 1,024 kept only a third of them (measured in bench: 1,167 hits, 2,333 re-analysed). An analysis of a 4 KiB
     * article holds 20 to 33 KB (measured: generated and BBC text), so at 48 KB each the count keeps to an eighth of
     * the heap. A version pushed out is analysed again, with the same result.
     */
    static int recentAnalyses(long maxHeapBytes) {
        long byHeap = maxHeapBytes / 8 / (48 * 1024);
        return (int) Math.max(1_024, Math.min(8_192, byHeap));
    }

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

    /** The streaming topology over a raw topic of {@code rawPartitions} partitions. */
    public static Topology build(ArticleflowConfig config, PipelineEvents events, int rawPartitions) {
        return build(config, events, Layout.PARTITIONED, rawPartitions, Stores::persistentKeyValueStore,
                TextWork.inPlace(config.summaryOptions()));
    }

    /**
     * @param rawPartitions partitions of the raw topic: a record not on the partition its key hashes to is routed
     *                      through the by-id repartition
     * @param stores        where state lives: RocksDB for the streaming job, RocksDB without per-record flushes offline
     * @param text          the normalize and summarize stages' text work: in place, or done ahead by the offline run
     */
    public static Topology build(ArticleflowConfig config, PipelineEvents events, Layout layout, int rawPartitions,
                                 Function<String, KeyValueBytesStoreSupplier> stores, TextWork text) {
        StreamsBuilder builder = new StreamsBuilder();
        Repartitions repartitions = new Repartitions(layout);
        Verdicts validator = text.verdicts(new ArticleValidator(config.maxBodyBytes()));
        ArticleLedger ledger = new ArticleLedger();

        builder.addStateStore(cached(config, store(layout, stores, ARTICLES_STORE, PipelineCodecs.ARTICLE_STATE.serde())));
        builder.addStateStore(cached(config, store(layout, stores, SOURCE_LINES_STORE, PipelineCodecs.LINE_HISTORY.serde())));
        builder.addStateStore(cached(config, store(layout, stores, FEED_ORDER_STORE, PipelineCodecs.FEED_ENTRY.serde())));
        builder.addStateStore(cached(config, store(layout, stores, FEED_POSITIONS_STORE, PipelineCodecs.FEED_ENTRY.serde())));

        // accept: a record goes on where it is when it sits on the partition its key hashes to; one without a key
        // (its id taken from the value) or on another partition is repartitioned by id, as the raw bytes, so a
        // later error still dead-letters exactly what the publisher sent
        KStream<byte[], byte[]> raw = builder.stream(config.rawTopic(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read.raw"));
        Map<String, KStream<byte[], RoutedRaw>> routed = raw
                .process(() -> new RawRouteProcessor(layout == Layout.SINGLE_PARTITION ? 1 : rawPartitions),
                        Named.as("accept.route"))
                .split(Named.as("accept.route-"))
                .branch((key, value) -> value.inPlace(), Branched.as("in-place"))
                .defaultBranch(Branched.as("elsewhere"));
        KStream<byte[], byte[]> rekeyed = repartitions.by(BY_ID_TOPIC, Serdes.ByteArray(), Serdes.ByteArray())
                .apply(routed.get("accept.route-elsewhere")
                        .mapValues(RoutedRaw::value, Named.as("accept.unwrap-elsewhere"))
                        .process(() -> new KeyFromValueProcessor(validator), Named.as("accept.key-from-value")));
        KStream<String, AcceptedArticle> accepted = routed.get("accept.route-in-place")
                .mapValues(RoutedRaw::value, Named.as("accept.unwrap-in-place"))
                .merge(rekeyed, Named.as("accept.merge"))
                .process(() -> new AcceptProcessor(validator, config.rawTopic(), events), Named.as("accept.validate"));

        // normalize: stateless, so the expensive text work runs in parallel over all partitions
        KStream<String, ArticleDraft> drafts = accepted.processValues(
                () -> new NormalizeProcessor(text, config.maxBodyBytes(), events),
                Named.as("normalize.text"));

        // assemble, first door: per-id state, stale corrections, withdrawals
        KStream<String, IntakeOutput> intake = drafts.process(
                () -> new ArticleIntakeProcessor(ledger, ARTICLES_STORE, events, config.stateHorizon()),
                Named.as("assemble.intake"), ARTICLES_STORE);
        Map<String, KStream<String, IntakeOutput>> intakeOut = intake.split(Named.as("assemble.route-"))
                .branch((id, out) -> out.isWithdrawal(), Branched.as("withdrawals"))
                .branch((id, out) -> out.isAccepted(), Branched.as("accepted"))
                .defaultBranch(Branched.as("requests"));

        // by source: learned furniture decided, then the feed
        KStream<String, FeedRequest> requests = intakeOut.get("assemble.route-requests")
                .mapValues(IntakeOutput::feedRequest, Named.as("assemble.feed-request"));
        KStream<String, FeedStep> learned = repartitions.by(BY_SOURCE_TOPIC, KEYS, PipelineCodecs.FEED_REQUEST.serde())
                .apply(requests)
                .processValues(() -> new LearnedFurnitureProcessor(config.furnitureSettings(), SOURCE_LINES_STORE,
                                config.stateHorizon()),
                        Named.as("normalize.learned-furniture"), SOURCE_LINES_STORE);
        KStream<String, FeedReply> answered = learned.process(
                () -> new FeedProcessor(FEED_ORDER_STORE, FEED_POSITIONS_STORE, events),
                Named.as("link.feed"), FEED_ORDER_STORE, FEED_POSITIONS_STORE);

        // back by id: the reply meets its draft, which is stripped, summarized and published
        KStream<String, Settlement> settlements = repartitions.by(FEED_REPLIES_TOPIC, KEYS, PipelineCodecs.FEED_REPLY.serde())
                .apply(answered)
                .processValues(() -> new ReplyMatchProcessor(ledger, ARTICLES_STORE, events),
                        Named.as("assemble.match-reply"), ARTICLES_STORE);
        Map<String, KStream<String, Settlement>> settling = settlements.split(Named.as("assemble.reply-"))
                .branch((id, settlement) -> settlement.settlesDraft(), Branched.as("drafts"))
                .defaultBranch(Branched.as("relinks"));
        KStream<String, Settlement> summarized = settling.get("assemble.reply-drafts")
                .processValues(StripLearnedFurnitureProcessor::new, Named.as("normalize.strip-learned"))
                .processValues(() -> new SummarizeProcessor(text, events), Named.as("summarize.sentences"));
        KStream<String, IntakeOutput> withdrawals = intakeOut.get("assemble.route-withdrawals");

        // related articles, near-duplicates and keywords, when on: the settled version goes through the related
        // stage on its way to be published, and the related stage's later news reaches the record by id too
        RelatedWiring related = config.relatedEnabled()
                ? relate(builder, config, events, layout, rawPartitions, stores, repartitions, ledger,
                        intakeOut.get("assemble.route-accepted"), summarized, withdrawals)
                : new RelatedWiring(summarized, null);

        // with related news gathered, new feed links of a published article wait with it
        boolean gathers = config.relatedEnabled() && !relatePublishDelay(config, layout).isZero();
        KStream<String, EnrichedArticle> revisions = related.toPublish()
                .merge(settling.get("assemble.reply-relinks"), Named.as("assemble.join"))
                .processValues(() -> new ArticlePublishProcessor(ledger, ARTICLES_STORE, events,
                                gathers ? RELATED_NEWS_STORE : null), Named.as("assemble.publish"),
                        gathers ? new String[] {ARTICLES_STORE, RELATED_NEWS_STORE} : new String[] {ARTICLES_STORE});
        if (related.revisions() != null) {
            revisions = revisions.merge(related.revisions(), Named.as("assemble.merge-related"));
        }

        KStream<String, EnrichedArticle> tombstones = withdrawals
                .mapValues(out -> (EnrichedArticle) null, Named.as("assemble.tombstone"));
        revisions.merge(tombstones, Named.as("assemble.merge"))
                .to(config.enrichedTopic(), Produced.with(KEYS, enrichedValues(layout)).withName("write.enriched"));
        return builder.build();
    }

    /**
     * The enriched topic's values: JSON, the public contract. Offline only which articles got a revision is read
     * (the final records come from the by-id store), so every intermediate revision's JSON would be written for
     * nothing: a revision there is its key and an empty value (a withdrawal stays a tombstone).
     */
    private static Serde<EnrichedArticle> enrichedValues(Layout layout) {
        if (layout == Layout.PARTITIONED) {
            return JsonSerde.of(EnrichedArticle.class);
        }
        return Serdes.serdeFrom((topic, article) -> article == null ? null : new byte[0], (topic, bytes) -> {
            throw new IllegalStateException("the offline run does not read its revisions back");
        });
    }

    /** What the related stage hands back: the settled versions to publish, and the revisions its news causes. */
    private record RelatedWiring(KStream<String, Settlement> toPublish, KStream<String, EnrichedArticle> revisions) {
    }

    /**
     * The related stage. By id, {@code related.count} counts each accepted version's terms into the partition's
     * document frequencies in the order the partition received them; once the feed reply settles the version,
     * {@code related.index} analyses its accepted text (its keywords go on with it), weighs it with the frequencies
     * counted for it, and files it in term and band buckets ({@code related-by-bucket}); {@code related.buckets}
     * scores newcomers against the members there and sends each pair to both articles ({@code related-pairs});
     * {@code related.pairs} updates their lists; corrections and withdrawals retract what they contributed
     * ({@code related-retractions}); {@code assemble.relate} publishes the news after the publish delay.
     */
    private static RelatedWiring relate(StreamsBuilder builder, ArticleflowConfig config, PipelineEvents events,
                                        Layout layout, int rawPartitions,
                                        Function<String, KeyValueBytesStoreSupplier> stores,
                                        Repartitions repartitions, ArticleLedger ledger,
                                        KStream<String, IntakeOutput> accepted, KStream<String, Settlement> summarized,
                                        KStream<String, IntakeOutput> withdrawals) {
        TextAnalyzer analyzer = new TextAnalyzer();
        // a version's text is analysed when it is counted and reused when it is indexed, a feed round trip later
        RecentAnalyses analyses = new RecentAnalyses(analyzer, recentAnalyses(Runtime.getRuntime().maxMemory()));
        RelatedSettings settings = config.relatedSettings();
        builder.addStateStore(cached(config, store(layout, stores, RELATED_STATES_STORE, RelatedCodecs.RELATED_STATE.serde())));
        builder.addStateStore(cached(config, store(layout, stores, RELATED_TERMS_STORE, RelatedCodecs.INDEXED_TERMS.serde())));
        builder.addStateStore(cached(config, store(layout, stores, BUCKET_MEMBERS_STORE, RelatedCodecs.BUCKET_MEMBER.serde())));
        builder.addStateStore(cached(config, store(layout, stores, BUCKET_STATES_STORE, RelatedCodecs.BUCKET_STATE.serde())));
        Serde<ArticleMessage> articleMessages = RelatedCodecs.ARTICLE_MESSAGE.serde();
        // fixed, not left to Kafka Streams: related.index groups its messages by the partition of their buckets
        int bucketPartitions = layout == Layout.SINGLE_PARTITION ? 1 : rawPartitions;

        accepted.merge(withdrawals, Named.as("related.to-count"))
                .processValues(() -> new RelatedCountProcessor(analyses, settings, RELATED_TERMS_STORE),
                        Named.as("related.count"), RELATED_TERMS_STORE);

        KStream<String, RelatedStep> steps = summarized
                .mapValues(RelatedStep::index, Named.as("related.to-index"))
                .merge(withdrawals.mapValues(RelatedStep::withdrawal, Named.as("related.to-withdraw")),
                        Named.as("related.steps"));
        Map<String, KStream<String, RelatedOutput>> indexed = steps
                .process(() -> new RelatedIndexProcessor(analyses, settings, RELATED_STATES_STORE, RELATED_TERMS_STORE,
                        ARTICLES_STORE, bucketPartitions), Named.as("related.index"), RELATED_STATES_STORE, RELATED_TERMS_STORE, ARTICLES_STORE)
                .split(Named.as("related.index-"))
                .branch((key, out) -> out instanceof RelatedOutput.Settled, Branched.as("settled"))
                .branch((key, out) -> out instanceof RelatedOutput.ToBucket, Branched.as("to-buckets"))
                .defaultBranch(Branched.as("to-articles"));

        KStream<String, ArticleMessage> pairs = repartitions.by(BY_BUCKET_TOPIC, KEYS, RelatedCodecs.BUCKET_MESSAGE.serde(),
                        bucketPartitions)
                .apply(indexed.get("related.index-to-buckets")
                        .mapValues(out -> ((RelatedOutput.ToBucket) out).message(), Named.as("related.unwrap-to-buckets")))
                .process(() -> new RelatedBucketProcessor(settings, BUCKET_MEMBERS_STORE, BUCKET_STATES_STORE,
                                bucketPartitions),
                        Named.as("related.buckets"), BUCKET_MEMBERS_STORE, BUCKET_STATES_STORE);
        // fixed too, at the by-id (raw topic's) partitions: related.buckets groups pairs by their articles' partition
        Map<String, KStream<String, RelatedOutput>> paired = repartitions.by(PAIRS_TOPIC, KEYS, articleMessages,
                        bucketPartitions)
                .apply(pairs)
                .process(() -> new RelatedArticleProcessor(analyzer, settings, RELATED_STATES_STORE, RELATED_TERMS_STORE),
                        Named.as("related.pairs"), RELATED_STATES_STORE, RELATED_TERMS_STORE)
                .split(Named.as("related.pairs-"))
                .branch((key, out) -> out instanceof RelatedOutput.View, Branched.as("views"))
                .defaultBranch(Branched.as("retractions"));
        KStream<String, ArticleMessage> retractions = indexed.get("related.index-to-articles")
                .mapValues(out -> ((RelatedOutput.ToArticle) out).message(), Named.as("related.unwrap-index-retractions"))
                .merge(paired.get("related.pairs-retractions")
                                .mapValues(out -> ((RelatedOutput.ToArticle) out).message(),
                                        Named.as("related.unwrap-pair-retractions")),
                        Named.as("related.all-retractions"));
        KStream<String, RelatedOutput> retracted = repartitions.by(RETRACTIONS_TOPIC, KEYS, articleMessages)
                .apply(retractions)
                .process(() -> new RelatedArticleProcessor(analyzer, settings, RELATED_STATES_STORE, RELATED_TERMS_STORE),
                        Named.as("related.retractions"), RELATED_STATES_STORE, RELATED_TERMS_STORE);

        KStream<String, EnrichedArticle> revisions = paired.get("related.pairs-views")
                .merge(retracted, Named.as("related.all-views"))
                .flatMapValues(out -> out instanceof RelatedOutput.View view ? List.of(view.view()) : List.<RelatedView>of(),
                        Named.as("related.views"))
                .process(relatePublisher(builder, config, layout, settings, ledger, events), Named.as("assemble.relate"),
                        relateStores(config, layout));
        KStream<String, Settlement> toPublish = indexed.get("related.index-settled")
                .mapValues(out -> ((RelatedOutput.Settled) out).settlement(), Named.as("related.unwrap-settled"));
        return new RelatedWiring(toPublish, revisions);
    }

    /**
     * Publishes related news, after {@code articleflow.related.publish.delay.ms} so that the changes one new article
     * causes become one revision. Offline (one partition, every record followed to its end before the next) nothing
     * waits: there is nothing to gather and no wall clock.
     */
    private static ProcessorSupplier<String, RelatedView, String, EnrichedArticle> relatePublisher(
            StreamsBuilder builder, ArticleflowConfig config, Layout layout, RelatedSettings settings,
            ArticleLedger ledger, PipelineEvents events) {
        Duration delay = relatePublishDelay(config, layout);
        if (delay.isZero()) {
            return () -> new ArticleRelateProcessor(ledger, ARTICLES_STORE, events);
        }
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(RELATED_NEWS_STORE),
                Serdes.String(), PipelineCodecs.WAITING_NEWS.serde()));
        return () -> new ArticleRelateProcessor(ledger, ARTICLES_STORE, events, delay, RELATED_NEWS_STORE,
                RELATED_STATES_STORE, settings);
    }

    private static String[] relateStores(ArticleflowConfig config, Layout layout) {
        return relatePublishDelay(config, layout).isZero() ? new String[] {ARTICLES_STORE}
                : new String[] {ARTICLES_STORE, RELATED_NEWS_STORE, RELATED_STATES_STORE};
    }

    private static Duration relatePublishDelay(ArticleflowConfig config, Layout layout) {
        return layout == Layout.SINGLE_PARTITION ? Duration.ZERO : config.relatedPublishDelay();
    }

    /** A repartition by the current key, or nothing at all in one partition. */
    private record Repartitions(Layout layout) {
        <K, V> UnaryOperator<KStream<K, V>> by(String name, Serde<K> keys, Serde<V> values) {
            if (layout == Layout.SINGLE_PARTITION) {
                return stream -> stream;
            }
            return stream -> stream.repartition(Repartitioned.<K, V>as(name).withKeySerde(keys).withValueSerde(values));
        }

        /** A repartition into exactly {@code partitions} partitions. */
        <K, V> UnaryOperator<KStream<K, V>> by(String name, Serde<K> keys, Serde<V> values, int partitions) {
            if (layout == Layout.SINGLE_PARTITION) {
                return stream -> stream;
            }
            return stream -> stream.repartition(Repartitioned.<K, V>as(name).withKeySerde(keys).withValueSerde(values)
                    .withNumberOfPartitions(partitions));
        }
    }

    /**
     * A record cache in front of the store when configured, so repeated writes of a key within a commit go out once;
     * only on stores read by key: with a cache on the feed order, a range read returned a deleted entry's null value
     * (measured in bench, Kafka 4.4).
     */
    private static StoreBuilder<?> cached(ArticleflowConfig config, StoreBuilder<?> store) {
        boolean byKeyOnly = Set.of(ARTICLES_STORE, SOURCE_LINES_STORE, FEED_POSITIONS_STORE, RELATED_STATES_STORE)
                .contains(store.name());
        return config.storeCaching() && byKeyOnly ? store.withCachingEnabled() : store;
    }

    private static <V> StoreBuilder<?> store(Layout layout, Function<String, KeyValueBytesStoreSupplier> stores,
                                             String name, Serde<V> values) {
        StoreBuilder<?> store = Stores.keyValueStoreBuilder(stores.apply(name), KEYS, values);
        // offline state is thrown away at the end: a changelog would only pile up in the test driver's memory
        return layout == Layout.SINGLE_PARTITION ? store.withLoggingDisabled() : store;
    }
}
