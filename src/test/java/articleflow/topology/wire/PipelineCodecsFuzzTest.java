package articleflow.topology.wire;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.assemble.ArticleDraft;
import articleflow.assemble.ArticleState;
import articleflow.assemble.VersionStamp;
import articleflow.link.FeedEntry;
import articleflow.model.ArticleMeta;
import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import articleflow.model.Neighbors;
import articleflow.model.RelatedLink;
import articleflow.normalize.LineHistory;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.kafka.common.serialization.Serde;

/**
 * Fuzzing the serdes of the internal topics and stores: for generated valid content, every record the pipeline
 * writes through {@link PipelineCodecs} reads back equal — the messages between sub-topologies ({@link FeedRequest},
 * {@link FeedReply}), the per-article state ({@link ArticleState} with its pending draft and published record),
 * the feed and learned-furniture state — and so does what an earlier version wrote as JSON, so that a deployment's
 * state and in-flight records survive the change of encoding. The enriched article, public, stays JSON
 * ({@link JsonSerde}). Valid content: any Unicode text (controls, quotes, backslashes, supplementary characters;
 * no lone surrogates), nulls where a field may be null, any numbers (finite scores).
 *
 * <p>These are jqwik properties. The normal suite tries each {@code fuzz.tries} times (a Maven property, 200);
 * the long run is {@code mvn -B -Pfuzz test} (only the {@code *FuzzTest} properties, 20,000 tries each; change it
 * with {@code -Dfuzz.tries=N}). A failure prints its seed and its shrunk sample: pin it as a named plain JUnit
 * test beside this one.
 */
class PipelineCodecsFuzzTest {

    private static final String TOPIC = "articles-by-source";

    @Property
    void shouldReadBackEveryFeedRequest(@ForAll("feedRequests") FeedRequest request) {
        assertThat(roundTrip(request, PipelineCodecs.FEED_REQUEST)).isEqualTo(request);
        assertThat(fromEarlierJson(request, FeedRequest.class, PipelineCodecs.FEED_REQUEST)).isEqualTo(request);
    }

    @Property
    void shouldReadBackEveryFeedReply(@ForAll("feedReplies") FeedReply reply) {
        assertThat(roundTrip(reply, PipelineCodecs.FEED_REPLY)).isEqualTo(reply);
        assertThat(fromEarlierJson(reply, FeedReply.class, PipelineCodecs.FEED_REPLY)).isEqualTo(reply);
    }

    @Property
    void shouldReadBackEveryArticleState(@ForAll("articleStates") ArticleState state) {
        assertThat(roundTrip(state, PipelineCodecs.ARTICLE_STATE)).isEqualTo(state);
        assertThat(fromEarlierJson(state, ArticleState.class, PipelineCodecs.ARTICLE_STATE)).isEqualTo(state);
    }

    @Property
    void shouldWriteTheArticleStateInFewerBytesThanJson(@ForAll("articleStates") ArticleState state) {
        byte[] binary = PipelineCodecs.ARTICLE_STATE.serde().serializer().serialize(TOPIC, state);
        byte[] json = JsonSerde.of(ArticleState.class).serializer().serialize(TOPIC, state);
        assertThat(binary.length).isLessThan(json.length);
    }

    @Property
    void shouldReadBackEveryEnrichedArticleAsJson(@ForAll("enrichedArticles") EnrichedArticle article) {
        Serde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
        assertThat(serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, article))).isEqualTo(article);
    }

    @Property
    void shouldReadBackEveryFeedEntryAndLineHistory(@ForAll("feedEntries") FeedEntry entry,
                                                    @ForAll("lineHistories") LineHistory history) {
        assertThat(roundTrip(entry, PipelineCodecs.FEED_ENTRY)).isEqualTo(entry);
        assertThat(roundTrip(history, PipelineCodecs.LINE_HISTORY)).isEqualTo(history);
        assertThat(fromEarlierJson(entry, FeedEntry.class, PipelineCodecs.FEED_ENTRY)).isEqualTo(entry);
        assertThat(fromEarlierJson(history, LineHistory.class, PipelineCodecs.LINE_HISTORY)).isEqualTo(history);
    }

    @Property(tries = 1)
    void shouldKeepNullNull() {
        Serde<ArticleState> serde = PipelineCodecs.ARTICLE_STATE.serde();
        assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
    }

    private static <T> T roundTrip(T value, BinaryCodec<T> codec) {
        Serde<T> serde = codec.serde();
        byte[] bytes = serde.serializer().serialize(TOPIC, value);
        return serde.deserializer().deserialize(TOPIC, bytes);
    }

    /** What the previous version wrote (JSON), read by today's codec. */
    private static <T> T fromEarlierJson(T value, Class<T> type, BinaryCodec<T> codec) {
        byte[] json = JsonSerde.of(type).serializer().serialize(TOPIC, value);
        return codec.serde().deserializer().deserialize(TOPIC, json);
    }

    // ---- generators ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<FeedRequest> feedRequests() {
        return Builders.withBuilder(() -> new Object[10])
                .use(Arbitraries.of(FeedRequest.Kind.class)).inSetter((a, v) -> a[0] = v)
                .use(ids()).inSetter((a, v) -> a[1] = v)
                .use(texts().injectNull(0.1)).inSetter((a, v) -> a[2] = v)
                .use(texts().injectNull(0.3)).inSetter((a, v) -> a[3] = v)
                .use(texts().injectNull(0.3)).inSetter((a, v) -> a[4] = v)
                .use(texts().injectNull(0.3)).inSetter((a, v) -> a[5] = v)
                .use(Arbitraries.longs()).inSetter((a, v) -> a[6] = v)
                .use(Arbitraries.longs()).inSetter((a, v) -> a[7] = v)
                .use(Arbitraries.longs().list().ofMaxSize(20)).inSetter((a, v) -> a[8] = v)
                .use(Arbitraries.integers().list().ofMaxSize(20)).inSetter((a, v) -> a[9] = v)
                .build(a -> new FeedRequest((FeedRequest.Kind) a[0], (String) a[1], (String) a[2], (String) a[3],
                        (String) a[4], (String) a[5], (Long) a[6], (Long) a[7], list(a[8]), list(a[9])));
    }

    @Provide
    Arbitrary<FeedReply> feedReplies() {
        return Combinators.combine(ids(), texts().injectNull(0.1), Arbitraries.longs(), Arbitraries.of(true, false),
                Arbitraries.integers().list().ofMaxSize(20), links(), links())
                .as(FeedReply::new);
    }

    @Provide
    Arbitrary<ArticleState> articleStates() {
        Arbitrary<VersionStamp> stamps = Combinators.combine(Arbitraries.integers(), Arbitraries.longs(), Arbitraries.longs())
                .as(VersionStamp::new).injectNull(0.2);
        Arbitrary<ArticleDraft> drafts = Combinators.combine(metas(), texts().list().ofMaxSize(10))
                .as(ArticleDraft::new).injectNull(0.3);
        return Builders.withBuilder(() -> new Object[11])
                .use(ids()).inSetter((a, v) -> a[0] = v)
                .use(texts().injectNull(0.2)).inSetter((a, v) -> a[1] = v)
                .use(Arbitraries.longs()).inSetter((a, v) -> a[2] = v)
                .use(Arbitraries.of(true, false)).inSetter((a, v) -> a[3] = v)
                .use(Arbitraries.longs().injectNull(0.3)).inSetter((a, v) -> a[4] = v)
                .use(stamps).inSetter((a, v) -> a[5] = v)
                .use(Arbitraries.longs()).inSetter((a, v) -> a[6] = v)
                .use(drafts).inSetter((a, v) -> a[7] = v)
                .use(enrichedArticles().injectNull(0.3)).inSetter((a, v) -> a[8] = v)
                .use(links()).inSetter((a, v) -> a[9] = v)
                .use(links()).inSetter((a, v) -> a[10] = v)
                .build(a -> new ArticleState((String) a[0], (String) a[1], (Long) a[2], (Boolean) a[3], (Long) a[4],
                        (VersionStamp) a[5], (Long) a[6], (ArticleDraft) a[7], (EnrichedArticle) a[8], (Link) a[9],
                        (Link) a[10]));
    }

    @Provide
    Arbitrary<EnrichedArticle> enrichedArticles() {
        Arbitrary<RelatedLink> related = Combinators.combine(ids(), texts().injectNull(0.2), texts().injectNull(0.2),
                texts().injectNull(0.2), texts().injectNull(0.2), Arbitraries.doubles().ofScale(6).between(-1, 1))
                .as(RelatedLink::new);
        Arbitrary<Neighbors> neighbors = Combinators.combine(links(), links(), related.list().ofMaxSize(5))
                .as(Neighbors::new).injectNull(0.1);
        return Builders.withBuilder(() -> new Object[21])
                .use(ids()).inSetter((a, v) -> a[0] = v)
                .use(texts()).inSetter((a, v) -> a[1] = v)
                .use(texts().injectNull(0.2)).inSetter((a, v) -> a[2] = v)
                .use(texts().injectNull(0.2)).inSetter((a, v) -> a[3] = v)
                .use(texts()).inSetter((a, v) -> a[4] = v)
                .use(texts().injectNull(0.3)).inSetter((a, v) -> a[5] = v)
                .use(texts().injectNull(0.3)).inSetter((a, v) -> a[6] = v)
                .use(texts().list().ofMaxSize(5)).inSetter((a, v) -> a[7] = v)
                .use(texts().list().ofMaxSize(5)).inSetter((a, v) -> a[8] = v)
                .use(texts()).inSetter((a, v) -> a[9] = v)
                .use(texts()).inSetter((a, v) -> a[10] = v)
                .use(texts().list().ofMaxSize(5)).inSetter((a, v) -> a[11] = v)
                .use(texts().list().ofMaxSize(5)).inSetter((a, v) -> a[12] = v)
                .use(Arbitraries.integers()).inSetter((a, v) -> a[13] = v)
                .use(Arbitraries.integers()).inSetter((a, v) -> a[14] = v)
                .use(Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofLength(64))
                .inSetter((a, v) -> a[15] = v)
                .use(neighbors).inSetter((a, v) -> a[16] = v)
                .use(ids().injectNull(0.8)).inSetter((a, v) -> a[17] = v)
                .use(Arbitraries.integers()).inSetter((a, v) -> a[18] = v)
                .use(Arbitraries.longs()).inSetter((a, v) -> a[19] = v)
                .use(texts().injectNull(0.2)).inSetter((a, v) -> a[20] = v)
                .build(a -> new EnrichedArticle((String) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4],
                        (String) a[5], (String) a[6], list(a[7]), list(a[8]), (String) a[9], (String) a[10], list(a[11]),
                        list(a[12]), (Integer) a[13], (Integer) a[14], (String) a[15], (Neighbors) a[16], (String) a[17],
                        (Integer) a[18], (Long) a[19], (String) a[20]));
    }

    @Provide
    Arbitrary<FeedEntry> feedEntries() {
        return Combinators.combine(texts(), ids(), texts().injectNull(0.2), texts().injectNull(0.2),
                texts().injectNull(0.2), Arbitraries.longs(), Arbitraries.longs()).as(FeedEntry::new);
    }

    @Provide
    Arbitrary<LineHistory> lineHistories() {
        return Combinators.combine(ids().list().ofMaxSize(10), Arbitraries.longs(), Arbitraries.longs())
                .as(LineHistory::new);
    }

    private static Arbitrary<ArticleMeta> metas() {
        return Builders.withBuilder(() -> new Object[12])
                .use(ids()).inSetter((a, v) -> a[0] = v)
                .use(texts()).inSetter((a, v) -> a[1] = v)
                .use(texts().injectNull(0.3)).inSetter((a, v) -> a[2] = v)
                .use(texts().injectNull(0.3)).inSetter((a, v) -> a[3] = v)
                .use(texts()).inSetter((a, v) -> a[4] = v)
                .use(Arbitraries.longs()).inSetter((a, v) -> a[5] = v)
                .use(texts().injectNull(0.3)).inSetter((a, v) -> a[6] = v)
                .use(texts().injectNull(0.3)).inSetter((a, v) -> a[7] = v)
                .use(texts().list().ofMaxSize(5)).inSetter((a, v) -> a[8] = v)
                .use(texts().list().ofMaxSize(5)).inSetter((a, v) -> a[9] = v)
                .use(texts().injectNull(0.5)).inSetter((a, v) -> a[10] = v)
                .use(Arbitraries.longs().injectNull(0.5)).inSetter((a, v) -> a[11] = v)
                .build(a -> new ArticleMeta((String) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4],
                        (Long) a[5], (String) a[6], (String) a[7], list(a[8]), list(a[9]), (String) a[10], (Long) a[11]));
    }

    private static Arbitrary<Link> links() {
        return Combinators.combine(ids(), texts().injectNull(0.2), texts().injectNull(0.2), texts().injectNull(0.2))
                .as(Link::new).injectNull(0.3);
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().alpha().numeric().withChars("-_:/.").ofMinLength(1).ofMaxLength(40)),
                Tuple.of(1, texts()));
    }

    /**
     * Valid Unicode text: plain words, any character of the Basic Multilingual Plane but the surrogates, any code
     * point at all (supplementary ones as pairs), and the characters JSON must escape.
     */
    private static Arbitrary<String> texts() {
        Arbitrary<String> codePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .list().ofMaxSize(20)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().alpha().withChars(" .,").ofMaxLength(40)),
                Tuple.of(3, Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF')
                        .ofMaxLength(40)),
                Tuple.of(2, codePoints),
                Tuple.of(1, Arbitraries.of("", "null", "\"", "\\", "\\u0000", "\u0000", "\u2028\u2029", "</script>",
                        "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uFEFF", "{\"a\":1}")));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }
}
