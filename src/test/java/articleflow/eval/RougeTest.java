package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {

    private static final String TARGET = "The quick brown fox jumps over the lazy dog";
    private static final String PREDICTION = "The quick brown dog jumps on the log.";

    private final Rouge rouge = new Rouge();

    @Test
    void shouldReproduceRougeScoresPublishedExample() {
        assertThat(rouge.rougeN(TARGET, PREDICTION, 1).f1()).isCloseTo(0.7059, within(1e-4));
        assertThat(rouge.rougeLsum(TARGET, PREDICTION).f1()).isCloseTo(0.5882, within(1e-4));
    }

    @Test
    void shouldCountSharedBigrams() {
        // 2 shared bigrams ("the quick", "quick brown") of 7 predicted and 8 reference ones: F = 4/15
        RougeScore r2 = rouge.rougeN(TARGET, PREDICTION, 2);

        assertThat(r2.precision()).isCloseTo(2.0 / 7, within(1e-9));
        assertThat(r2.recall()).isCloseTo(2.0 / 8, within(1e-9));
        assertThat(r2.f1()).isCloseTo(4.0 / 15, within(1e-9));
    }

    @Test
    void shouldTokenizeLikeRougeScore() {
        assertThat(rouge.tokenize("The cats' end.Next: 3.5% RUNNING, e-mail!"))
                .containsExactly("the", "cat", "end", "next", "3", "5", "run", "e", "mail");
    }

    @Test
    void shouldMatchStemsInRougeOne() {
        // cat = cat only: P = 1/3, R = 1/4, F = 2/7
        assertThat(rouge.rougeN("The cats are running", "a cat ran", 1).f1()).isCloseTo(2.0 / 7, within(1e-9));
    }

    @Test
    void shouldTakeTheUnionOfLcsAcrossCandidateSentences() {
        // reference line 1 gains a, b (from "a b x") and c (from "c e f"); line 2 gains e, f: 5 of 6 both ways
        RougeScore score = rouge.rougeLsum("a b c d\ne f", "a b x\nc e f");

        assertThat(score.f1()).isCloseTo(5.0 / 6, within(1e-9));
    }

    @Test
    void shouldNotCountATokenMoreOftenThanTheCandidateHoldsIt() {
        // both reference lines match the single "a", but it is counted once: P = 1, R = 1/4, F = 0.4
        RougeScore score = rouge.rougeLsum("a b\na c", "a");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.25);
        assertThat(score.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void shouldScoreAnEmptyCandidateZero() {
        assertThat(rouge.rougeN(TARGET, "", 1).f1()).isZero();
        assertThat(rouge.rougeLsum(TARGET, "").f1()).isZero();
    }
}
