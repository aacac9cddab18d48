package articleflow.related;

import static articleflow.related.NewsFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.analysis.TextAnalyzer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming behaviour of related links, over several simulated partitions and message interleavings. */
class StreamingSimulatorTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final RelatedSettings SETTINGS = RelatedSettings.DEFAULT;

    private static StreamingSimulator simulator(long seed) {
        return new StreamingSimulator(3, SETTINGS, PartitionDocumentFrequencies::new, ANALYZER, seed);
    }

    private static List<String> relatedIds(RelatedView view) {
        return view.related().stream().map(LinkedArticle::id).toList();
    }

    private static Map<String, RelatedView> feed(List<ArticleInput> articles, long seed) {
        StreamingSimulator s = simulator(seed);
        articles.forEach(s::publish);
        s.run();
        return s.views();
    }

    @Test
    void shouldLinkTheReportsOfOneStoryBothWays() {
        Map<String, RelatedView> views = feed(NewsFixtures.all(), 1);

        assertThat(relatedIds(views.get("bridge-1")).subList(0, 2)).containsExactlyInAnyOrder("bridge-2", "bridge-3");
        assertThat(relatedIds(views.get("bridge-1"))).doesNotContain("bridge-1", "coach-1", "volcano-1");
        assertThat(relatedIds(views.get("bridge-3"))).contains("bridge-1", "bridge-2");
        assertThat(relatedIds(views.get("coach-2")).subList(0, 2)).containsExactlyInAnyOrder("coach-1", "coach-3");
        assertThat(relatedIds(views.get("volcano-1"))).containsExactlyInAnyOrder("volcano-2", "volcano-3");
        for (RelatedView view : views.values()) {
            assertThat(view.related()).allSatisfy(link -> {
                assertThat(link.id()).isNotEqualTo(view.id());
                assertThat(link.score()).isGreaterThanOrEqualTo(SETTINGS.minScore());
            });
        }
    }

    @Test
    void shouldShowWhatALinkNeedsAndTheKeywords() {
        RelatedView bridge = feed(NewsFixtures.all(), 2).get("bridge-1");

        LinkedArticle link = bridge.related().stream().filter(l -> l.id().equals("bridge-2")).findFirst().orElseThrow();
        assertThat(link.title()).isEqualTo("Harbour bridge shuts on Monday");
        assertThat(link.url()).isEqualTo("https://news.example/bridge-2");
        assertThat(link.source()).isEqualTo("example-news");
        assertThat(link.publishedAt()).isEqualTo("2024-05-01T08:03:00Z");
        assertThat(bridge.keywords()).hasSize(SETTINGS.keywords()).contains("cables", "kowalczyk");
    }

    @Test
    void shouldGiveAnOlderArticleANewViewWhenANewArticleEntersItsList() {
        StreamingSimulator s = simulator(3);
        s.publish(NewsFixtures.all().get(0));
        s.run();
        assertThat(s.views().get("bridge-1").related()).isEmpty();

        s.publish(article("bridge-2", "Harbour bridge shuts on Monday", NewsFixtures.BRIDGE_2, 3));
        s.run();

        assertThat(relatedIds(s.views().get("bridge-1"))).containsExactly("bridge-2");
        assertThat(s.revisions().get("bridge-1")).isEqualTo(2);
    }

    @Test
    void shouldNeverLinkAcrossLanguages() {
        StreamingSimulator s = simulator(4);
        s.publish(NewsFixtures.all().get(0));
        ArticleInput same = article("bridge-2", "Harbour bridge shuts on Monday", NewsFixtures.BRIDGE_2, 3);
        s.publish(new ArticleInput("bridge-2-nl", 1, "nl", same.title(), same.url(), same.source(), same.publishedAt(),
                same.publishedAtMillis(), same.text()));
        s.run();

        assertThat(s.views().get("bridge-1").related()).isEmpty();
    }

    @Test
    void shouldNotLinkArticlesFurtherApartThanTheHorizon() {
        RelatedSettings dayHorizon = SETTINGS.withHorizon(java.time.Duration.ofDays(1));
        StreamingSimulator s = new StreamingSimulator(2, dayHorizon, PartitionDocumentFrequencies::new, ANALYZER, 5);
        s.publish(NewsFixtures.all().get(0));
        s.publish(article("bridge-2", "Harbour bridge shuts on Monday", NewsFixtures.BRIDGE_2, 3 * 24 * 60));
        s.run();

        assertThat(s.views().get("bridge-1").related()).isEmpty();
    }

    @Test
    void shouldRetractAWithdrawnArticleFromEveryListWhateverTheInterleaving() {
        for (long seed = 0; seed < 20; seed++) {
            StreamingSimulator s = simulator(seed);
            NewsFixtures.all().forEach(s::publish);
            // the withdrawal races the pairs still in flight
            s.withdraw("bridge-2", 2);
            s.run();

            Map<String, RelatedView> views = s.views();
            assertThat(views).doesNotContainKey("bridge-2");
            for (RelatedView view : views.values()) {
                assertThat(relatedIds(view)).as("seed %d, %s", seed, view.id()).doesNotContain("bridge-2");
            }
            assertThat(relatedIds(views.get("bridge-1"))).as("seed %d", seed).startsWith("bridge-3");
        }
    }

    @Test
    void shouldReplaceACorrectedArticleEverywhereWhateverTheInterleaving() {
        for (long seed = 0; seed < 20; seed++) {
            StreamingSimulator s = simulator(seed);
            NewsFixtures.all().forEach(s::publish);
            // bridge-3 is corrected into a report on the volcano: its bridge links must go, volcano links come
            s.publish(article("bridge-3", 2, "Keldara eruption: what we know", NewsFixtures.VOLCANO_4, 7));
            s.run();

            Map<String, RelatedView> views = s.views();
            assertThat(views.get("bridge-3").version()).isEqualTo(2);
            assertThat(relatedIds(views.get("bridge-3"))).as("seed %d", seed).contains("volcano-1", "volcano-2")
                    .doesNotContain("bridge-1", "bridge-2");
            assertThat(relatedIds(views.get("bridge-1"))).as("seed %d", seed).doesNotContain("bridge-3");
            assertThat(relatedIds(views.get("volcano-1"))).as("seed %d", seed).contains("bridge-3");
            assertThat(views.get("volcano-1").related()).filteredOn(l -> l.id().equals("bridge-3"))
                    .extracting(LinkedArticle::title).containsExactly("Keldara eruption: what we know");
        }
    }

    @Test
    void shouldLinkALateArrivalBothWays() {
        List<ArticleInput> articles = new ArrayList<>(NewsFixtures.all());
        ArticleInput earliest = articles.remove(0);
        StreamingSimulator s = simulator(6);
        articles.forEach(s::publish);
        s.run();
        s.publish(earliest);
        s.run();

        assertThat(relatedIds(s.views().get("bridge-1"))).startsWith("bridge-2", "bridge-3");
        assertThat(relatedIds(s.views().get("bridge-2"))).contains("bridge-1");
    }

    @Test
    void shouldGiveIdenticalListsInAnyOrderWhenDocumentFrequenciesAreFrozen() {
        List<IndexedTerms> counted = new ArrayList<>();
        for (ArticleInput a : NewsFixtures.all()) {
            counted.add(ArticleTerms.of(ANALYZER, a.language(), a.title(), a.text())
                    .indexed(a.id(), 1, a.publishedAtMillis(), SETTINGS.maxDistinctTerms()));
        }
        FrozenDocumentFrequencies frozen = FrozenDocumentFrequencies.of(counted);
        Map<String, RelatedView> reference = null;
        for (long seed = 0; seed < 10; seed++) {
            List<ArticleInput> order = new ArrayList<>(NewsFixtures.all());
            Collections.shuffle(order, new Random(seed));
            StreamingSimulator s = new StreamingSimulator(4, SETTINGS, () -> frozen, ANALYZER, seed);
            order.forEach(s::publish);
            s.run();
            if (reference == null) {
                reference = s.views();
            } else {
                assertThat(s.views()).as("order of seed %d", seed).isEqualTo(reference);
            }
        }
    }

    @Test
    void shouldMarkACopyAsDuplicateOfTheEarliestAndNotListIt() {
        StreamingSimulator s = simulator(7);
        NewsFixtures.all().forEach(s::publish);
        s.publish(article("bridge-1-copy", "Harbour bridge to close", "Advertisement\n" + NewsFixtures.BRIDGE_1
                + "\nSign up for our newsletter", 20));
        s.run();

        Map<String, RelatedView> views = s.views();
        assertThat(views.get("bridge-1-copy").duplicateOf()).isEqualTo("bridge-1");
        assertThat(views.get("bridge-1").duplicateOf()).isNull();
        assertThat(relatedIds(views.get("bridge-1"))).doesNotContain("bridge-1-copy");
        assertThat(relatedIds(views.get("bridge-1-copy"))).doesNotContain("bridge-1").contains("bridge-2");
        // bridge-2 may list the original or its copy, never both
        assertThat(relatedIds(views.get("bridge-2"))).containsAnyOf("bridge-1", "bridge-1-copy")
                .doesNotContainSequence("bridge-1", "bridge-1-copy");
        assertThat(relatedIds(views.get("bridge-2")).stream()
                .filter(id -> id.startsWith("bridge-1")).count()).isEqualTo(1);
    }

    @Test
    void shouldKeepEveryMessageWithinItsBound() {
        StreamingSimulator s = simulator(8);
        NewsFixtures.all().forEach(s::publish);
        s.run();

        int profileBound = 1 + 2 + 4 * ArticleLink.MAX_URL + 2 * 4 * ArticleLink.MAX_TITLE + 64 + 8 + 8
                + 2 + SETTINGS.profileTerms() * 12 + 1 + MinHashSignature.SIZE * 2;
        assertThat(s.stats().largestBucketMessage).isPositive().isLessThan(profileBound);
        // pair scores: the target, then at most MAX_SCORES candidates (a link, version, time and signature each)
        int candidateBound = 2 + 4 * ArticleLink.MAX_URL + 2 * 4 * ArticleLink.MAX_TITLE + 64 + 8 + 8
                + 1 + MinHashSignature.SIZE * 2 + 8 + 8;
        int articleMessageBound = 1 + 64 + 8 + 4 + ArticleMessage.PairScores.MAX_SCORES * candidateBound;
        assertThat(s.stats().largestArticleMessage).isPositive().isLessThan(articleMessageBound);
    }
}
