package articleflow.link;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.Link;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedEntryTest {

    private static FeedEntry entry(String source, String id, String time) {
        return new FeedEntry(source, id, "Title " + id, "https://" + source + "/" + id, time,
                Instant.parse(time).toEpochMilli());
    }

    @Test
    void shouldSpellTheOrderKeyAsSourceThenTimeWithItsSignBitFlippedThenId() {
        FeedEntry atOneSecond = entry("herald", "a1", "1970-01-01T00:00:01Z");
        FeedEntry beforeTheEpoch = entry("herald", "a0", "1969-12-31T23:59:59.999Z");

        assertThat(atOneSecond.orderKey()).isEqualTo("herald\u000180000000000003e8\u0001a1");
        assertThat(beforeTheEpoch.orderKey()).isEqualTo("herald\u00017fffffffffffffff\u0001a0");
    }

    @Test
    void shouldSortOrderKeysInFeedOrderAcrossTheEpoch() {
        List<FeedEntry> feedOrder = List.of(
                entry("s", "z", "1960-01-01T00:00:00Z"),
                entry("s", "a", "1969-12-31T23:59:59.999Z"),
                entry("s", "m", "1970-01-01T00:00:00Z"),
                entry("s", "b", "2024-01-01T00:00:00Z"),
                entry("s", "c", "2024-01-01T00:00:00Z"));
        List<String> keys = new ArrayList<>(feedOrder.stream().map(FeedEntry::orderKey).toList());

        keys.sort(null);

        assertThat(keys).containsExactlyElementsOf(feedOrder.stream().map(FeedEntry::orderKey).toList());
    }

    @Test
    void shouldKeepEveryKeyOfASourceInsideItsRangeAndOtherSourcesOutside() {
        FeedEntry ours = entry("s", "a", "2024-01-01T00:00:00Z");
        FeedEntry longerSource = entry("s2", "a", "2024-01-01T00:00:00Z");
        String from = FeedEntry.sourcePrefix("s");
        String to = FeedEntry.sourceUpperBound("s");

        assertThat(from).isEqualTo("s\u0001");
        assertThat(to).isEqualTo("s\u0002");
        assertThat(ours.orderKey()).isGreaterThanOrEqualTo(from).isLessThan(to);
        assertThat(ours.positionKey()).isGreaterThanOrEqualTo(from).isLessThan(to);
        assertThat(longerSource.orderKey()).isGreaterThan(to);
    }

    @Test
    void shouldFindAnArticleByItsSourceAndIdAlone() {
        FeedEntry entry = entry("herald", "a1", "2024-01-01T00:00:00Z");

        assertThat(entry.positionKey()).isEqualTo("herald\u0001a1");
        assertThat(FeedEntry.positionKey("herald", "a1")).isEqualTo(entry.positionKey());
    }

    @Test
    void shouldLinkToTheArticleByIdTitleUrlAndTime() {
        assertThat(entry("herald", "a1", "2024-01-01T00:00:00Z").asLink())
                .isEqualTo(new Link("a1", "Title a1", "https://herald/a1", "2024-01-01T00:00:00Z"));
    }
}
