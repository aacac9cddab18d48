package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmentScorerTest {

    private final SegmentScorer scorer = new SegmentScorer();

    @Test
    void shouldCountWithSegmentsFoundAndWithoutSegmentsKept() {
        String output = "Harbour ferry returns\nThe ferry went back into service on Tuesday.\nShare this article";

        SegmentScore score = scorer.score(output,
                List.of("Harbour ferry returns", "went back into service", "after four months"),
                List.of("Share this article", "Most read"));

        assertThat(score.tp()).isEqualTo(2);
        assertThat(score.fn()).isEqualTo(1);
        assertThat(score.fp()).isEqualTo(1);
        assertThat(score.tn()).isEqualTo(1);
        assertThat(score.missed()).containsExactly("after four months");
        assertThat(score.kept()).containsExactly("Share this article");
        assertThat(score.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(score.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void shouldCollapseWhitespaceInTheOutputAndTheSegmentsAlike() {
        // a segment may span two paragraphs of the output, and the gold may hold a no-break space
        SegmentScore score = scorer.score("First paragraph ends here.\n\n  Second\tone starts.",
                List.of("ends here. Second one", "Second\u00A0one \n starts."), List.of());

        assertThat(score.tp()).isEqualTo(2);
    }

    @Test
    void shouldMatchCaseAndPunctuationExactly() {
        SegmentScore score = scorer.score("The ferry, back in service.", List.of("the ferry", "The ferry back"), List.of());

        assertThat(score.tp()).isZero();
        assertThat(score.fn()).isEqualTo(2);
    }

    @Test
    void shouldMissEverythingOnAnEmptyOutputAndKeepNothing() {
        SegmentScore score = scorer.score(" \n ", List.of("a", "b"), List.of("c"));

        assertThat(score).isEqualTo(new SegmentScore(0, 2, 0, 1, List.of("a", "b"), List.of()));
        assertThat(score.f1()).isZero();
    }

    @Test
    void shouldSumCountsOverPagesBeforeTakingTheRatios() {
        // page 1: tp 1, fp 0; page 2: tp 1, fn 1, fp 2: micro-averaged P 2/4, R 2/3
        SegmentScore sum = scorer.score("alpha", List.of("alpha"), List.of("omega"))
                .plus(scorer.score("beta gamma delta", List.of("beta", "epsilon"), List.of("gamma", "delta")));

        assertThat(sum.tp()).isEqualTo(2);
        assertThat(sum.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(sum.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(sum.f1()).isCloseTo(4 / 7.0, within(1e-12));
    }

    @Test
    void shouldCollapseLikePythonsWhitespacePattern() {
        assertThat(SegmentScorer.collapse("  a \u2003b\u3000\n c\u200B ")).isEqualTo("a b c\u200B");
        assertThat(SegmentScorer.collapse(null)).isEmpty();
    }
}
