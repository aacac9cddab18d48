package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A summary stays small whatever the text: no sentence ends, or one "word" of megabytes, still gives a few lines. */
class SummaryBoundsTest {

    private final Summarizer summarizer = new Summarizer(SummaryOptions.DEFAULT);
    private final int ceiling = SummaryOptions.DEFAULT.sentenceCharCeiling();

    @Test
    void shouldShortenTextWithoutSentenceEndsToItsFirstWords() {
        String endless = "word ".repeat(300_000).trim();
        Summary summary = summarizer.summarize(List.of(endless));
        assertThat(summary.sentences()).hasSize(1);
        String sentence = summary.sentences().get(0);
        assertThat(sentence).isEqualTo("word ".repeat(SummaryOptions.DEFAULT.sentenceWordCeiling()).trim() + "\u2026");
    }

    @Test
    void shouldCutAWordLongerThanTheCeilingWithinTheCeiling() {
        String oneWord = "x".repeat(5_000_000);
        Summary summary = summarizer.summarize(List.of(oneWord));
        assertThat(summary.sentences().get(0)).hasSize(ceiling).endsWith("x\u2026");
    }

    @Test
    void shouldNeverCutBetweenTheTwoHalvesOfACharacter() {
        // an emoji is two chars in Java: the cut must not leave half of one behind
        String emoji = "\uD83D\uDE00";
        String text = "ab" + emoji.repeat(ceiling);
        String sentence = summarizer.summarize(List.of(text)).sentences().get(0);
        String kept = sentence.substring(0, sentence.length() - 1);
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        assertThat(kept.length()).isLessThanOrEqualTo(ceiling - 1);
    }

    @Test
    void shouldKeepOrdinarySentencesWhole() {
        Summary summary = summarizer.summarize(List.of("The council met on Tuesday. It approved the budget."));
        assertThat(summary.sentences()).containsExactly("The council met on Tuesday.", "It approved the budget.");
    }
}
