package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExtractionScorerTest {

    private final ExtractionScorer scorer = new ExtractionScorer();

    @Test
    void shouldScoreAMissingTailAsLostRecall() {
        // truth shingles {abcd, bcde}, extracted {abcd}: tp 1, fp 0, fn 1, normalised by 2
        ExtractionScore score = scorer.score("a b c d e", "a b c d");

        assertThat(score).isEqualTo(new ExtractionScore(0.5, 0, 0.5));
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void shouldCountRepeatedShinglesAsAMultiset() {
        // truth "x y z w x y z w": xyzw twice, yzwx, zwxy, wxyz once; extracted xyzw once: tp 1, fn 4
        ExtractionScore score = scorer.score("x y z w x y z w", "x y z w");

        assertThat(score.tp()).isCloseTo(0.2, within(1e-12));
        assertThat(score.fn()).isCloseTo(0.8, within(1e-12));
        assertThat(score.fp()).isZero();
    }

    @Test
    void shouldScoreExtraTextAsLostPrecision() {
        // truth {abcd}, extracted {abcd, bcde, cdef}: tp 1, fp 2
        ExtractionScore score = scorer.score("a b c d", "a b c d e f");

        assertThat(score.precision()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void shouldScoreDisjointTextsZeroAndTwoEmptyTextsPerfect() {
        assertThat(scorer.score("one two three four", "five six seven eight").f1()).isZero();
        assertThat(scorer.score("", "").f1()).isEqualTo(1.0);
        assertThat(scorer.score("one two three four", "").recall()).isZero();
    }

    @Test
    void shouldTokenizeUnicodeWordsKeepingCaseAndIgnoringPunctuation() {
        assertThat(ExtractionScorer.tokens("Größe, über; Straße — ändert! l'été")).containsExactly(
                "Größe", "über", "Straße", "ändert", "l", "été");
        assertThat(scorer.score("Größe über Straße ändert", "Größe, über; Straße — ändert!").f1()).isEqualTo(1.0);
        assertThat(scorer.score("Hello world", "hello world").f1()).isZero();
    }

    @Test
    void shouldTreatATextShorterThanAShingleAsOneShortShingle() {
        assertThat(ExtractionScorer.shingles("Hello world")).hasSize(1);
        assertThat(scorer.score("Hello world", "Hello world").f1()).isEqualTo(1.0);
    }
}
