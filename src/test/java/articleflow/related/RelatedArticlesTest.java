package articleflow.related;

import static articleflow.related.NewsFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.analysis.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The by-id side on its own: messages are fed by hand, so races can be staged exactly. */
class RelatedArticlesTest {

    private final InMemoryRelatedStores stores = new InMemoryRelatedStores();
    private final PartitionDocumentFrequencies df = new PartitionDocumentFrequencies();
    private final RelatedArticles related = new RelatedArticles(new TextAnalyzer(), RelatedSettings.DEFAULT, df,
            stores.terms(), stores.states());

    private static Candidate candidate(String id, long version, int minute, MinHashSignature signature) {
        return new Candidate(new ArticleLink(id, "Title " + id, "https://x.example/" + id, "t", "x"), version,
                NewsFixtures.T0 + minute * NewsFixtures.MINUTE, signature);
    }

    private static ArticleMessage.PairScores pair(String target, long targetVersion, String other, long version,
                                                 double score) {
        return new ArticleMessage.PairScores(target, targetVersion, candidate(other, version, 1, MinHashSignature.NONE),
                score, 0);
    }

    private List<String> listed(String id) {
        return related.viewOf(id).related().stream().map(LinkedArticle::id).toList();
    }

    private void indexBridge() {
        related.index(article("bridge-1", "Porthaven harbour bridge to close", NewsFixtures.BRIDGE_1, 0));
    }

    @Test
    void shouldFileANewArticleInItsTermAndBandBucketsAndCountItsTerms() {
        RelatedOutcome outcome =
                related.index(article("bridge-1", "Porthaven harbour bridge to close", NewsFixtures.BRIDGE_1, 0));

        List<String> keys = outcome.toBuckets().stream().map(BucketMessage::bucketKey).toList();
        assertThat(keys).filteredOn(k -> k.startsWith("t|en|")).hasSize(RelatedSettings.DEFAULT.blockTerms());
        assertThat(keys).filteredOn(k -> k.startsWith("d|en|")).hasSize(RelatedSettings.DEFAULT.bands());
        assertThat(df.documentCount("en")).isEqualTo(1);
        assertThat(stores.terms().get("bridge-1").terms()).isNotEmpty();
        assertThat(outcome.views()).singleElement().satisfies(v -> {
            assertThat(v.related()).isEmpty();
            assertThat(v.keywords()).contains("porthaven", "kowalczyk");
        });
    }

    @Test
    void shouldShowTheBestKAndKeepSparesThatFillTheGapOfARetraction() {
        indexBridge();
        for (int i = 1; i <= 8; i++) {
            related.receive(pair("bridge-1", 1, "n" + i, 1, 0.1 * i));
        }
        assertThat(listed("bridge-1")).containsExactly("n8", "n7", "n6", "n5", "n4");

        RelatedOutcome outcome = related.receive(new ArticleMessage.Retraction("bridge-1", "n7", 2));

        assertThat(listed("bridge-1")).containsExactly("n8", "n6", "n5", "n4", "n3");
        assertThat(outcome.views()).hasSize(1);
    }

    @Test
    void shouldApplyPairsThatCameTogetherAsIfEachCameAloneButPublishOnce() {
        indexBridge();
        InMemoryRelatedStores oneByOneStores = new InMemoryRelatedStores();
        RelatedArticles oneByOne = new RelatedArticles(new TextAnalyzer(), RelatedSettings.DEFAULT,
                new PartitionDocumentFrequencies(), oneByOneStores.terms(), oneByOneStores.states());
        oneByOne.index(article("bridge-1", "Porthaven harbour bridge to close", NewsFixtures.BRIDGE_1, 0));
        List<ArticleMessage.Score> scores = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            ArticleMessage.PairScores alone = pair("bridge-1", 1, "n" + i, 1, 0.1 * i);
            scores.add(alone.scores().get(0));
            oneByOne.receive(alone);
        }
        // the same pair twice, as two buckets on different partitions may send it: it changes nothing the second time
        scores.add(scores.get(7));

        RelatedOutcome outcome = related.receive(new ArticleMessage.PairScores("bridge-1", 1, scores));

        assertThat(listed("bridge-1")).containsExactly("n8", "n7", "n6", "n5", "n4");
        assertThat(related.viewOf("bridge-1")).isEqualTo(oneByOne.viewOf("bridge-1"));
        assertThat(outcome.views()).hasSize(1);
        // what a retraction leaves is the same too: the spares were kept as they would have been
        related.receive(new ArticleMessage.Retraction("bridge-1", "n8", 2));
        oneByOne.receive(new ArticleMessage.Retraction("bridge-1", "n8", 2));
        assertThat(related.viewOf("bridge-1")).isEqualTo(oneByOne.viewOf("bridge-1"));
        assertThat(related.receive(new ArticleMessage.PairScores("bridge-1", 1, List.of(scores.get(0), scores.get(1)))))
                .isEqualTo(RelatedOutcome.NOTHING);
    }

    @Test
    void shouldApplyABatchOfSeveralArticlesPairsAsIfEachCameAlone() {
        indexBridge();
        related.index(article("bridge-2", "Cables to be replaced on Porthaven bridge", NewsFixtures.BRIDGE_2, 5));
        related.index(article("bridge-old", 2, "Bridge closure postponed", NewsFixtures.BRIDGE_1, 9));
        InMemoryRelatedStores aloneStores = new InMemoryRelatedStores();
        RelatedArticles alone = new RelatedArticles(new TextAnalyzer(), RelatedSettings.DEFAULT,
                new PartitionDocumentFrequencies(), aloneStores.terms(), aloneStores.states());
        alone.index(article("bridge-1", "Porthaven harbour bridge to close", NewsFixtures.BRIDGE_1, 0));
        alone.index(article("bridge-2", "Cables to be replaced on Porthaven bridge", NewsFixtures.BRIDGE_2, 5));
        alone.index(article("bridge-old", 2, "Bridge closure postponed", NewsFixtures.BRIDGE_1, 9));
        // a newcomer's pairs with three members of one partition: bridge-1 twice (two buckets' worth), and a
        // member whose version has moved on, which answers with a retraction
        List<ArticleMessage.PairScores> batch = List.of(pair("bridge-1", 1, "n1", 1, 0.4), pair("bridge-2", 1, "n1", 1, 0.3),
                pair("bridge-1", 1, "n2", 1, 0.6), pair("bridge-old", 1, "n1", 1, 0.2));
        List<ArticleMessage> answeredAlone = new java.util.ArrayList<>();
        for (ArticleMessage.PairScores pairs : batch) {
            answeredAlone.addAll(alone.receive(pairs).toArticles());
        }

        RelatedOutcome outcome = related.receive(new ArticleMessage.PairBatch(batch));

        for (String id : List.of("bridge-1", "bridge-2", "bridge-old")) {
            assertThat(related.viewOf(id)).as(id).isEqualTo(alone.viewOf(id));
        }
        assertThat(listed("bridge-1")).containsExactly("n2", "n1");
        assertThat(outcome.toArticles()).isEqualTo(answeredAlone)
                .containsExactly(new ArticleMessage.Retraction("n1", "bridge-old", 2));
        // one view per article changed, the last one it reached: each is published once
        assertThat(outcome.views()).extracting(RelatedView::id).containsExactly("bridge-2", "bridge-1");
        assertThat(outcome.views().get(1)).isEqualTo(related.viewOf("bridge-1"));
        assertThat(outcome.toBuckets()).isEmpty();
    }

    @Test
    void shouldAnswerPairsForAnOldVersionWithOneRetractionToEachOtherEnd() {
        indexBridge();
        related.index(article("bridge-1", 2, "Bridge closure postponed", NewsFixtures.BRIDGE_1, 0));
        List<ArticleMessage.Score> scores = List.of(pair("bridge-1", 1, "bridge-2", 1, 0.5).scores().get(0),
                pair("bridge-1", 1, "bridge-3", 1, 0.4).scores().get(0),
                pair("bridge-1", 1, "bridge-2", 1, 0.5).scores().get(0));

        RelatedOutcome outcome = related.receive(new ArticleMessage.PairScores("bridge-1", 1, scores));

        assertThat(outcome.toArticles()).containsExactly(new ArticleMessage.Retraction("bridge-2", "bridge-1", 2),
                new ArticleMessage.Retraction("bridge-3", "bridge-1", 2));
        assertThat(listed("bridge-1")).isEmpty();
    }

    @Test
    void shouldBreakTiesByIdSoEveryRunAgrees() {
        indexBridge();
        related.receive(pair("bridge-1", 1, "zeta", 1, 0.4));
        related.receive(pair("bridge-1", 1, "alpha", 1, 0.4));

        assertThat(listed("bridge-1")).containsExactly("alpha", "zeta");
    }

    @Test
    void shouldAnswerAPairForAnOldVersionWithARetraction() {
        indexBridge();
        related.index(article("bridge-1", 2, "Bridge closure postponed", NewsFixtures.BRIDGE_1, 0));

        RelatedOutcome outcome = related.receive(pair("bridge-1", 1, "bridge-2", 1, 0.5));

        assertThat(outcome.toArticles()).containsExactly(new ArticleMessage.Retraction("bridge-2", "bridge-1", 2));
        assertThat(listed("bridge-1")).isEmpty();
    }

    @Test
    void shouldRefuseAStalePairThatArrivesAfterTheRetraction() {
        indexBridge();
        // bridge-2 was corrected; its retraction overtook the pair of its first version
        related.receive(new ArticleMessage.Retraction("bridge-1", "bridge-2", 2));
        related.receive(pair("bridge-1", 1, "bridge-2", 1, 0.5));
        assertThat(listed("bridge-1")).isEmpty();

        related.receive(pair("bridge-1", 1, "bridge-2", 2, 0.4));
        assertThat(listed("bridge-1")).containsExactly("bridge-2");
    }

    @Test
    void shouldRetractItsLinksFromEveryPartnerWhenWithdrawn() {
        indexBridge();
        related.receive(pair("bridge-1", 1, "bridge-2", 1, 0.5));
        related.receive(pair("bridge-1", 1, "bridge-3", 1, 0.3));

        RelatedOutcome outcome = related.withdraw("bridge-1", 2);

        assertThat(outcome.toArticles()).containsExactlyInAnyOrder(
                new ArticleMessage.Retraction("bridge-2", "bridge-1", 2),
                new ArticleMessage.Retraction("bridge-3", "bridge-1", 2));
        assertThat(outcome.toBuckets()).allSatisfy(m -> assertThat(m).isInstanceOf(BucketMessage.Removal.class));
        assertThat(related.viewOf("bridge-1")).isNull();
        assertThat(df.documentCount("en")).isZero();
        // a pair still in flight to the withdrawn article is answered too
        assertThat(related.receive(pair("bridge-1", 1, "bridge-4", 1, 0.5)).toArticles())
                .containsExactly(new ArticleMessage.Retraction("bridge-4", "bridge-1", 2));
    }

    @Test
    void shouldIgnoreAStaleVersionOfTheArticleItself() {
        indexBridge();
        related.index(article("bridge-1", 3, "Bridge to close", NewsFixtures.BRIDGE_1, 0));

        assertThat(related.index(article("bridge-1", 2, "Older", NewsFixtures.BRIDGE_2, 0))).isEqualTo(RelatedOutcome.NOTHING);
        assertThat(related.withdraw("bridge-1", 3)).isEqualTo(RelatedOutcome.NOTHING);
        assertThat(related.viewOf("bridge-1").version()).isEqualTo(3);
    }

    @Test
    void shouldNameTheEarliestNearDuplicateAndNeverListADuplicate() {
        related.index(article("copy", "Porthaven harbour bridge to close", NewsFixtures.BRIDGE_1, 5));
        MinHashSignature signature = MinHashSignature.of(NewsFixtures.BRIDGE_1);
        related.receive(new ArticleMessage.PairScores("copy", 1, candidate("original", 1, 0, signature), 0.9, 0.95));
        related.receive(new ArticleMessage.PairScores("copy", 1, candidate("later-copy", 1, 9, signature), 0.9, 0.95));

        RelatedView view = related.viewOf("copy");
        assertThat(view.duplicateOf()).isEqualTo("original");
        assertThat(view.related()).isEmpty();
    }

    @Test
    void shouldListOneArticleOfEachDuplicateGroup() {
        indexBridge();
        MinHashSignature wire = MinHashSignature.of(NewsFixtures.BRIDGE_2);
        related.receive(new ArticleMessage.PairScores("bridge-1", 1, candidate("wire", 1, 1, wire), 0.6, 0));
        related.receive(new ArticleMessage.PairScores("bridge-1", 1, candidate("wire-copy", 1, 2, wire), 0.55, 0));
        related.receive(pair("bridge-1", 1, "bridge-3", 1, 0.5));

        assertThat(listed("bridge-1")).containsExactly("wire", "bridge-3");
    }

    @Test
    void shouldForgetArticlesBeyondTheHorizonOnEviction() {
        indexBridge();
        long horizon = RelatedSettings.DEFAULT.horizonMillis();

        related.evict(NewsFixtures.T0 + horizon + 1);
        assertThat(df.documentCount("en")).isZero();
        assertThat(related.viewOf("bridge-1")).isNotNull();

        related.evict(NewsFixtures.T0 + 2 * horizon + 1);
        assertThat(related.viewOf("bridge-1")).isNull();
    }
}
