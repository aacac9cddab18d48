package articleflow.link;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.Link;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeedIndexTest {

    private final FeedIndex feed = new FeedIndex(new InMemoryFeedStore());

    private static FeedEntry entry(String source, String id, String time) {
        return new FeedEntry(source, id, "Title " + id, "https://" + source + "/" + id, time,
                Instant.parse(time).toEpochMilli());
    }

    private static Map<String, FeedLinks> byId(List<FeedLinks> changes) {
        return changes.stream().collect(Collectors.toMap(FeedLinks::id, links -> links));
    }

    private static String previousOf(FeedLinks links) {
        return links.previous() == null ? null : links.previous().id();
    }

    private static String nextOf(FeedLinks links) {
        return links.next() == null ? null : links.next().id();
    }

    @Test
    void shouldLinkArticlesOfOneSourceInPublishOrder() {
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        FeedLinks c = feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z")).get(0);
        assertThat(previousOf(c)).isEqualTo("b");
        assertThat(nextOf(c)).isNull();
        FeedLinks a = feed.linksOf(entry("s", "a", "2024-01-01T00:00:00Z"));
        assertThat(previousOf(a)).isNull();
        assertThat(nextOf(a)).isEqualTo("b");
    }

    @Test
    void shouldSpliceALateArrivalInAndTellBothNeighbours() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z"));
        Map<String, FeedLinks> changes = byId(feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z")));
        assertThat(changes).containsOnlyKeys("a", "b", "c");
        assertThat(nextOf(changes.get("a"))).isEqualTo("b");
        assertThat(previousOf(changes.get("c"))).isEqualTo("b");
    }

    @Test
    void shouldOrderEqualTimesById() {
        feed.upsert(entry("s", "y", "2024-01-01T00:00:00Z"));
        FeedLinks x = feed.upsert(entry("s", "x", "2024-01-01T00:00:00Z")).get(0);
        assertThat(nextOf(x)).isEqualTo("y");
    }

    @Test
    void shouldKeepSourcesApart() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        FeedLinks other = feed.upsert(entry("t", "b", "2024-01-02T00:00:00Z")).get(0);
        assertThat(other.previous()).isNull();
        assertThat(other.next()).isNull();
    }

    @Test
    void shouldRelinkACorrectionThatMovesItsPublishTime() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z"));
        Map<String, FeedLinks> changes = byId(feed.upsert(entry("s", "a", "2024-01-04T00:00:00Z")));
        assertThat(changes).containsKeys("a", "b", "c");
        assertThat(previousOf(changes.get("b"))).isNull();
        assertThat(nextOf(changes.get("c"))).isEqualTo("a");
        assertThat(previousOf(changes.get("a"))).isEqualTo("c");
    }

    @Test
    void shouldTellNeighboursWhenOnlyTheTitleChanges() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        FeedEntry retitled = new FeedEntry("s", "b", "New title", "https://s/b", "2024-01-02T00:00:00Z",
                Instant.parse("2024-01-02T00:00:00Z").toEpochMilli());
        Map<String, FeedLinks> changes = byId(feed.upsert(retitled));
        assertThat(changes.get("a").next().title()).isEqualTo("New title");
    }

    @Test
    void shouldJoinTheNeighboursOfAWithdrawnArticle() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z"));
        Map<String, FeedLinks> changes = byId(feed.remove("s", "b"));
        assertThat(changes).containsOnlyKeys("a", "c");
        assertThat(nextOf(changes.get("a"))).isEqualTo("c");
        assertThat(previousOf(changes.get("c"))).isEqualTo("a");
        assertThat(feed.remove("s", "b")).isEmpty();
    }

    @Test
    void shouldOrderTimesBeforeTheEpochToo() {
        feed.upsert(entry("s", "new", "2024-01-01T00:00:00Z"));
        FeedLinks old = feed.upsert(entry("s", "old", "1960-01-01T00:00:00Z")).get(0);
        assertThat(nextOf(old)).isEqualTo("new");
    }

    private static Link link(String id, String time) {
        return entry("s", id, time).asLink();
    }

    @Test
    void shouldReturnTheNewArticleFirstThenEachNeighbourWithItsExactLinks() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z"));

        List<FeedLinks> changes = feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));

        assertThat(changes).containsExactly(
                new FeedLinks("b", link("a", "2024-01-01T00:00:00Z"), link("c", "2024-01-03T00:00:00Z")),
                new FeedLinks("a", null, link("b", "2024-01-02T00:00:00Z")),
                new FeedLinks("c", link("b", "2024-01-02T00:00:00Z"), null));
    }

    @Test
    void shouldTellTheOldAndTheNewNeighboursOfAMovedArticle() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z"));

        List<FeedLinks> changes = feed.upsert(entry("s", "a", "2024-01-04T00:00:00Z"));

        assertThat(changes).containsExactly(
                new FeedLinks("a", link("c", "2024-01-03T00:00:00Z"), null),
                new FeedLinks("b", null, link("c", "2024-01-03T00:00:00Z")),
                new FeedLinks("c", link("b", "2024-01-02T00:00:00Z"), link("a", "2024-01-04T00:00:00Z")));
        assertThat(feed.linksOf(entry("s", "b", "2024-01-02T00:00:00Z")))
                .isEqualTo(new FeedLinks("b", null, link("c", "2024-01-03T00:00:00Z")));
    }

    @Test
    void shouldAnswerAnUnchangedRepeatWithTheSameLinksAsBefore() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z"));

        List<FeedLinks> changes = feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));

        assertThat(changes).containsExactly(
                new FeedLinks("b", link("a", "2024-01-01T00:00:00Z"), link("c", "2024-01-03T00:00:00Z")),
                new FeedLinks("a", null, link("b", "2024-01-02T00:00:00Z")),
                new FeedLinks("c", link("b", "2024-01-02T00:00:00Z"), null));
    }

    @Test
    void shouldGiveTheNeighbourOfARetitledArticleItsNewTitle() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        FeedEntry retitled = new FeedEntry("s", "b", "New title", "https://s/b", "2024-01-02T00:00:00Z",
                Instant.parse("2024-01-02T00:00:00Z").toEpochMilli());

        List<FeedLinks> changes = feed.upsert(retitled);

        assertThat(changes).containsExactly(
                new FeedLinks("b", link("a", "2024-01-01T00:00:00Z"), null),
                new FeedLinks("a", null, new Link("b", "New title", "https://s/b", "2024-01-02T00:00:00Z")));
    }

    @Test
    void shouldLeaveTheFeedWithoutTheWithdrawnArticle() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z"));

        assertThat(feed.remove("s", "b")).containsExactly(
                new FeedLinks("a", null, link("c", "2024-01-03T00:00:00Z")),
                new FeedLinks("c", link("a", "2024-01-01T00:00:00Z"), null));
        assertThat(feed.linksOf(entry("s", "a", "2024-01-01T00:00:00Z")))
                .isEqualTo(new FeedLinks("a", null, link("c", "2024-01-03T00:00:00Z")));
    }

    @Test
    void shouldTellOnlyTheOneNeighbourOfAWithdrawnFirstOrLastArticle() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z"));

        assertThat(feed.remove("s", "a")).containsExactly(
                new FeedLinks("b", null, link("c", "2024-01-03T00:00:00Z")));
        assertThat(feed.remove("s", "c")).containsExactly(new FeedLinks("b", null, null));
        assertThat(feed.remove("s", "b")).isEmpty();
    }

    @Test
    void shouldTellTheOldPreviousArticleWhenAnArticleMovesToTheFront() {
        feed.upsert(entry("s", "a", "2024-01-01T00:00:00Z"));
        feed.upsert(entry("s", "b", "2024-01-02T00:00:00Z"));
        feed.upsert(entry("s", "c", "2024-01-03T00:00:00Z"));

        List<FeedLinks> changes = feed.upsert(entry("s", "c", "2023-12-31T00:00:00Z"));

        assertThat(changes).containsExactly(
                new FeedLinks("c", null, link("a", "2024-01-01T00:00:00Z")),
                new FeedLinks("b", link("a", "2024-01-01T00:00:00Z"), null),
                new FeedLinks("a", link("c", "2023-12-31T00:00:00Z"), link("b", "2024-01-02T00:00:00Z")));
    }
}
