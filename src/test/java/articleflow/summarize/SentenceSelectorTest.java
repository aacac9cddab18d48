package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSelectorTest {

    /** Five sentences on different subjects: no two share a content word, so none is redundant. */
    private static final List<String> FIVE_SUBJECTS = List.of(
            "The council approved the harbour budget on Monday.",
            "Ferry passengers waited three hours in heavy rain.",
            "A bakery on Quay Street won a national prize.",
            "Police closed the coastal road after a landslide.",
            "Schools will open late because of snow tomorrow.");

    private static List<Sentence> sentences(List<String> texts) {
        TermEncoder encoder = new TermEncoder();
        List<Sentence> sentences = new ArrayList<>();
        for (String text : texts) {
            sentences.add(new Sentence(text, sentences.size(), 0, TermEncoder.countWords(text), encoder.encode(text)));
        }
        return sentences;
    }

    private static List<String> select(SummaryOptions options, List<String> texts, double... scores) {
        List<Sentence> sentences = sentences(texts);
        int vocabulary = 0;
        for (Sentence s : sentences) {
            for (int t : s.terms()) {
                vocabulary = Math.max(vocabulary, t + 1);
            }
        }
        TermVectors graph = new TermVectors(sentences, vocabulary);
        return new SentenceSelector(options).select(sentences, scores, graph).stream().map(Sentence::text).toList();
    }

    /** A sentence of exactly {@code words} words that passes the summary filter. */
    private static String ofWords(String subject, int words) {
        return (subject + " ").repeat(words - 1) + "ends.";
    }

    @Test
    void shouldTakeTheBestScoredSentencesAndPutThemBackInArticleOrder() {
        assertThat(select(new SummaryOptions(3, 80), FIVE_SUBJECTS, 0.2, 0.9, 0.1, 0.5, 0.7)).containsExactly(
                "Ferry passengers waited three hours in heavy rain.",
                "Police closed the coastal road after a landslide.",
                "Schools will open late because of snow tomorrow.");
        assertThat(select(new SummaryOptions(2, 80), FIVE_SUBJECTS, 0.2, 0.6, 0.1, 0.5, 0.7)).containsExactly(
                "Ferry passengers waited three hours in heavy rain.",
                "Schools will open late because of snow tomorrow.");
    }

    @Test
    void shouldPreferTheEarlierSentenceOnATie() {
        assertThat(select(new SummaryOptions(1, 80), FIVE_SUBJECTS, 0.1, 0.2, 0.8, 0.8, 0.8))
                .containsExactly("A bakery on Quay Street won a national prize.");
    }

    @Test
    void shouldPassOverABulletEvenWhenItScoresBest() {
        List<String> texts = List.of(
                "- Harbour budget approved by the council today.",
                "The council approved the harbour budget on Monday.",
                "Ferry passengers waited three hours in heavy rain.");

        assertThat(select(new SummaryOptions(1, 80), texts, 0.9, 0.5, 0.7))
                .containsExactly("Ferry passengers waited three hours in heavy rain.");
    }

    @Test
    void shouldFallBackToFragmentsWhenNoSentenceIsSummaryMaterial() {
        List<String> texts = List.of("Storm.", "Heavy rain overnight.", "Roads closed.", "Power cuts.");

        assertThat(select(new SummaryOptions(2, 80), texts, 0.1, 0.9, 0.3, 0.5))
                .containsExactly("Heavy rain overnight.", "Power cuts.");
    }

    @Test
    void shouldSkipANearDuplicateOfASentenceAlreadyTaken() {
        List<String> texts = List.of(
                "The council approved the harbour budget on Monday.",
                "On Monday the council approved the harbour budget.",
                "Ferry passengers waited three hours in heavy rain.");

        assertThat(select(new SummaryOptions(2, 80), texts, 0.9, 0.8, 0.1)).containsExactly(
                "The council approved the harbour budget on Monday.",
                "Ferry passengers waited three hours in heavy rain.");
    }

    @Test
    void shouldKeepTwoSentencesWhoseSimilarityIsExactlyTheRedundancyThreshold() {
        // cosine of (budget x3, harbour x4) and (budget x1) is 3 / (5 * 1) = 0.6: similar, not redundant
        List<String> texts = List.of(
                "Budget budget budget harbour harbour harbour harbour.",
                "It was all about the budget.",
                "Ferry passengers waited three hours in heavy rain.");

        assertThat(select(new SummaryOptions(2, 80), texts, 0.9, 0.8, 0.1)).containsExactly(
                "Budget budget budget harbour harbour harbour harbour.",
                "It was all about the budget.");
    }

    @Test
    void shouldStopTakingSentencesOnceTheWordBudgetIsReached() {
        // budget 20 words, ceiling 25: after exactly 20 words nothing more is taken, though 5 more would fit
        List<String> texts = List.of(ofWords("harbour", 20), ofWords("ferry", 5), ofWords("bakery", 5));

        assertThat(select(new SummaryOptions(3, 20), texts, 0.9, 0.8, 0.7)).containsExactly(ofWords("harbour", 20));
    }

    @Test
    void shouldTakeOneMoreSentenceUnderTheBudgetIfTheCeilingHolds() {
        List<String> texts = List.of(ofWords("harbour", 19), ofWords("ferry", 6), ofWords("bakery", 5));

        assertThat(select(new SummaryOptions(3, 20), texts, 0.9, 0.8, 0.7))
                .containsExactly(ofWords("harbour", 19), ofWords("ferry", 6));
    }

    @Test
    void shouldPassOverASentenceThatBreaksTheCeilingForAShorterOne() {
        // 15 + 11 = 26 breaks the ceiling of 25; 15 + 10 = 25 does not
        List<String> texts = List.of(ofWords("harbour", 15), ofWords("ferry", 11), ofWords("bakery", 10));

        assertThat(select(new SummaryOptions(3, 20), texts, 0.9, 0.8, 0.7))
                .containsExactly(ofWords("harbour", 15), ofWords("bakery", 10));
    }

    @Test
    void shouldTakeTheBestSentenceHoweverLongItIs() {
        List<String> texts = List.of(ofWords("harbour", 40), ofWords("ferry", 5));

        assertThat(select(new SummaryOptions(3, 20), texts, 0.9, 0.8)).containsExactly(ofWords("harbour", 40));
    }
}
