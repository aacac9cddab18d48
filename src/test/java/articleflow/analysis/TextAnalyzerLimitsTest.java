package articleflow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The caps, surface forms and stems of {@link TextAnalyzer}, each with the exact result. */
class TextAnalyzerLimitsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void shouldListStemsInOrderWithRepeatsAndWithoutStopWords() {
        assertThat(analyzer.stems("en", "The ferries and the ferry sailed.")).containsExactly("ferri", "ferri", "sail");
        assertThat(analyzer.stems("en-GB", "Ferries")).containsExactly("ferri");
        // no rules for Latin: the neutral analysis lowercases and keeps every word
        assertThat(analyzer.stems("la", "Alea iacta est")).containsExactly("alea", "iacta", "est");
        assertThat(analyzer.stems(null, "The Ferries")).containsExactly("the", "ferries");
        assertThat(analyzer.stems("en", "")).isEmpty();
        assertThat(analyzer.stems("en", null)).isEmpty();
    }

    @Test
    void shouldSkipStemsLongerThanTheTermCapInStems() {
        String forty = "a".repeat(TextAnalyzer.MAX_TERM_LENGTH);
        String fortyOne = forty + "b";
        assertThat(analyzer.stems("und", forty + " " + fortyOne + " x")).containsExactly(forty, "x");
    }

    @Test
    void shouldReadAtMostTheTokenCapInStems() {
        String text = "w ".repeat(TextAnalyzer.MAX_TOKENS) + "last";
        assertThat(analyzer.stems("und", text)).hasSize(TextAnalyzer.MAX_TOKENS).doesNotContain("last");
        assertThat(analyzer.stems("und", "w ".repeat(TextAnalyzer.MAX_TOKENS - 1) + "last")).endsWith("last")
                .hasSize(TextAnalyzer.MAX_TOKENS);
    }

    @Test
    void shouldReadOnlyTheFirstCharactersInStems() {
        String text = "yyyyyyyyy ".repeat(TextAnalyzer.MAX_CHARS / 10 - 1) + "abcdefghijkl";
        // the cut falls inside the last word
        List<String> stems = analyzer.stems("und", text);
        assertThat(stems).hasSize(TextAnalyzer.MAX_CHARS / 10).endsWith("yyyyyyyyy", "abcdefghij");
    }

    @Test
    void shouldTellLanguagesWithRules() {
        assertThat(TextAnalyzer.hasRules("en")).isTrue();
        assertThat(TextAnalyzer.hasRules("DE-at")).isTrue();
        assertThat(TextAnalyzer.hasRules("la")).isFalse();
        assertThat(TextAnalyzer.hasRules(null)).isFalse();
    }

    @Test
    void shouldCountTokensAndMarkTruncationAtTheTokenCap() {
        AnalyzedText atCap = analyzer.analyze("und", "w ".repeat(TextAnalyzer.MAX_TOKENS));
        assertThat(atCap.tokens()).isEqualTo(TextAnalyzer.MAX_TOKENS);
        assertThat(atCap.truncated()).isFalse();
        AnalyzedText over = analyzer.analyze("und", "w ".repeat(TextAnalyzer.MAX_TOKENS + 1));
        assertThat(over.tokens()).isEqualTo(TextAnalyzer.MAX_TOKENS);
        assertThat(over.truncated()).isTrue();
        assertThat(over.terms()).containsExactly(new AnalyzedText.Term("w", "w", TextAnalyzer.MAX_TOKENS, 0));
    }

    @Test
    void shouldMarkTruncationOnlyBeyondTheCharacterCap() {
        assertThat(analyzer.analyze("und", "x".repeat(TextAnalyzer.MAX_CHARS)).truncated()).isFalse();
        assertThat(analyzer.analyze("und", "x".repeat(TextAnalyzer.MAX_CHARS + 1)).truncated()).isTrue();
    }

    @Test
    void shouldSkipTermsLongerThanTheTermCap() {
        String forty = "a".repeat(TextAnalyzer.MAX_TERM_LENGTH);
        AnalyzedText text = analyzer.analyze("und", forty + " " + forty + "b x");
        assertThat(text.terms()).containsExactly(new AnalyzedText.Term(forty, forty, 1, 0),
                new AnalyzedText.Term("x", "x", 1, 0));
        assertThat(text.tokens()).isEqualTo(2);
    }

    @Test
    void shouldCountCapitalsInsideSentencesOnly() {
        AnalyzedText text = analyzer.analyze("und", "Ferry news. The Ferry sails; ferry fares rise");
        assertThat(text.terms()).contains(new AnalyzedText.Term("ferry", "ferry", 3, 1));
    }

    @Test
    void shouldPickTheMostFrequentSurfaceFormThenTheShorterThenTheFirst() {
        List<AnalyzedText.Term> terms = analyzer.analyze("en", "elections election elections").terms();
        assertThat(terms).containsExactly(new AnalyzedText.Term("elect", "elections", 3, 0));
        assertThat(analyzer.analyze("en", "elections election").terms())
                .containsExactly(new AnalyzedText.Term("elect", "election", 2, 0));
        assertThat(analyzer.analyze("en", "election elections").terms())
                .containsExactly(new AnalyzedText.Term("elect", "election", 2, 0));
        // three forms, two of them once each and the same length: the first seen wins
        assertThat(analyzer.analyze("en", "connects connected connect connect").terms())
                .containsExactly(new AnalyzedText.Term("connect", "connect", 4, 0));
        assertThat(analyzer.analyze("en", "connects connected connection").terms())
                .containsExactly(new AnalyzedText.Term("connect", "connects", 3, 0));
        assertThat(analyzer.analyze("en", "elected elects elects").terms())
                .containsExactly(new AnalyzedText.Term("elect", "elects", 3, 0));
    }

    @Test
    void shouldReadTheSurfaceFormBetweenApostrophes() {
        assertThat(TextAnalyzer.surface("l'économie", 0, 10, "économ")).isEqualTo("économie");
        assertThat(TextAnalyzer.surface("Putin\u2019s", 0, 7, "putin")).isEqualTo("putin");
        assertThat(TextAnalyzer.surface("Ferry", 0, 5, "ferri")).isEqualTo("ferry");
        assertThat(TextAnalyzer.surface("'", 0, 1, "x")).isEqualTo("x");
        assertThat(TextAnalyzer.surface("ab", 0, 2, "s")).isEqualTo("ab");
        assertThat(TextAnalyzer.surface("ab", 0, 3, "s")).isEqualTo("s");
        assertThat(TextAnalyzer.surface("ab", -1, 2, "s")).isEqualTo("s");
        assertThat(TextAnalyzer.surface("ab", 1, 1, "s")).isEqualTo("s");
        assertThat(TextAnalyzer.surface("ab", 1, 2, "s")).isEqualTo("b");
        String eighty = "a".repeat(2 * TextAnalyzer.MAX_TERM_LENGTH);
        assertThat(TextAnalyzer.surface(eighty, 0, 80, "s")).isEqualTo(eighty);
        assertThat(TextAnalyzer.surface(eighty + "a", 0, 81, "s")).isEqualTo("s");
    }

    @Test
    void shouldTellACapitalInsideASentence() {
        assertThat(TextAnalyzer.isCapitalizedInSentence("the Ferry", 4)).isTrue();
        assertThat(TextAnalyzer.isCapitalizedInSentence("Ferry", 0)).isFalse();
        assertThat(TextAnalyzer.isCapitalizedInSentence("the ferry", 4)).isFalse();
        assertThat(TextAnalyzer.isCapitalizedInSentence("the Ferry", 9)).isFalse();
        assertThat(TextAnalyzer.isCapitalizedInSentence("the Ferry", -1)).isFalse();
        assertThat(TextAnalyzer.isCapitalizedInSentence("  Ferry", 2)).isFalse();
        assertThat(TextAnalyzer.isCapitalizedInSentence("a Ferry", 2)).isTrue();
        for (String before : new String[] {"\n", ".", "!", "?", ":", "\"", "\u201c", "\u00ab", "(", "-", "\u2014"}) {
            assertThat(TextAnalyzer.isCapitalizedInSentence("so" + before + " Ferry", 4)).as(before).isFalse();
        }
    }
}
