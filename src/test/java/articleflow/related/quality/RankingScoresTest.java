package articleflow.related.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingScoresTest {

    @Test
    void shouldCountMissingLinksAsMissesAndRecallOverTheStory() {
        Map<String, String> storyOf = Map.of("a1", "a", "a2", "a", "a3", "a", "b1", "b", "b2", "b");
        Map<String, List<String>> lists = Map.of(
                "a1", List.of("a2", "b1", "a3"),
                "a2", List.of("a1"),
                "a3", List.of(),
                "b1", List.of("b2"),
                "b2", List.of("a1", "b1"));

        RankingScores s = RankingScores.of(lists, storyOf);

        assertThat(s.articles()).isEqualTo(5);
        assertThat(s.p1()).isCloseTo((1 + 1 + 0 + 1 + 0) / 5.0, offset(1e-9));
        assertThat(s.p5()).isCloseTo((2 + 1 + 0 + 1 + 1) / 5.0 / 5, offset(1e-9));
        assertThat(s.r10()).isCloseTo((1 + 0.5 + 0 + 1 + 1) / 5.0, offset(1e-9));
        assertThat(s.rPrecision()).isCloseTo((0.5 + 0.5 + 0 + 1 + 0) / 5.0, offset(1e-9));
        assertThat(s.coverage()).isCloseTo(4 / 5.0, offset(1e-9));
    }

    @Test
    void shouldCountANearDuplicateGroupOnceWhenAskedTo() {
        // a2 is a wire copy of a1: a list that shows one of them has found all of that group
        Map<String, String> storyOf = Map.of("a1", "a", "a2", "a", "a3", "a", "b1", "b");
        Map<String, List<String>> lists = Map.of(
                "a1", List.of("a3"),
                "a2", List.of("a3"),
                "a3", List.of("a1", "b1"),
                "b1", List.of());
        Map<String, String> duplicateOf = Map.of("a2", "a1");

        RankingScores plain = RankingScores.of(lists, storyOf);
        RankingScores groupOnce = RankingScores.of(lists, storyOf, duplicateOf);

        assertThat(plain.r10()).isCloseTo((0.5 + 0.5 + 0.5) / 3, offset(1e-9));
        assertThat(groupOnce.r10()).isCloseTo((1 + 1 + 1) / 3.0, offset(1e-9));
        assertThat(groupOnce.p1()).isEqualTo(plain.p1());
    }

    @Test
    void shouldMergeNothingForADuplicateMarkAcrossStories() {
        Map<String, String> storyOf = Map.of("a1", "a", "a2", "a", "b1", "b", "b2", "b");
        Map<String, List<String>> lists = Map.of("a1", List.of("b1"), "a2", List.of("a1"), "b1", List.of("b2"),
                "b2", List.of("a2"));

        assertThat(RankingScores.of(lists, storyOf, Map.of("b1", "a1"))).isEqualTo(RankingScores.of(lists, storyOf));
    }
}
