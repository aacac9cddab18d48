package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermEncoderTest {

    private final TermEncoder encoder = new TermEncoder();

    @Test
    void shouldNumberContentStemsInOrderOfFirstUseAndDropStopWords() {
        assertThat(encoder.encode("The harbour ferry sails, and the ferries sail again.")).containsExactly(0, 1, 2, 1, 2);
        assertThat(encoder.vocabularySize()).isEqualTo(3);
    }

    @Test
    void shouldFindAStemTheStemmerRewroteUnderTheSameIdAsTheWordItself() {
        // "cities" becomes "city" by rewriting its last kept letter: the id must be the one "city" has
        assertThat(encoder.encode("City cities parties party rates rate")).containsExactly(0, 0, 1, 1, 2, 2);
    }

    @Test
    void shouldKeepIdsAcrossTheSentencesOfOneArticle() {
        encoder.encode("Harbour ferry.");

        assertThat(encoder.encode("A new ferry for the harbour.")).containsExactly(1, 0);
    }

    @Test
    void shouldFoldCaseOfAsciiAndOtherLetters() {
        assertThat(encoder.encode("Caf\u00C9 CAF\u00C9 caf\u00E9 Zurich ZURICH")).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void shouldKeepAccentedLettersInsideTheirWord() {
        assertThat(encoder.encode("Na\u00EFve r\u00E9sum\u00E9.")).containsExactly(0, 1);
    }

    @Test
    void shouldTreatEveryAsciiLetterAndDigitAsPartOfAWord() {
        assertThat(encoder.encode("az AZ 09 za ZA 90")).containsExactly(0, 0, 1, 2, 2, 3);
    }

    @Test
    void shouldEncodeASentenceThatExactlyFillsTheCharacterBuffer() {
        String text = "harbour ".repeat(32).trim() + "s";

        assertThat(text).hasSize(256);
        assertThat(encoder.encode(text)).hasSize(32).containsOnly(0);
    }

    @Test
    void shouldKeepNumbersAndSplitAtEveryOtherCharacter() {
        assertThat(encoder.encode("In 2024 the A9/M8 road-works cost \u00A312m.")).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void shouldSkipSingleCharactersAndTokensLongerThanFortyCharacters() {
        String forty = "a".repeat(40);

        assertThat(encoder.encode("x " + forty + " " + forty + "b harbour")).containsExactly(0, 1);
        assertThat(encoder.vocabularySize()).isEqualTo(2);
    }

    @Test
    void shouldEncodeASentenceOfManyTermsAndCharacters() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            text.append("harbour").append(i).append("q ");
        }

        int[] terms = encoder.encode(text.toString());

        assertThat(terms).hasSize(150);
        for (int i = 0; i < 150; i++) {
            assertThat(terms[i]).isEqualTo(i);
        }
        assertThat(encoder.encode("harbour149q harbour0q")).containsExactly(149, 0);
    }

    @Test
    void shouldCountWordsAsRunsOfNonWhitespace() {
        assertThat(TermEncoder.countWords("  The ferry\tsails,\n again!  ")).isEqualTo(4);
        assertThat(TermEncoder.countWords("")).isZero();
        assertThat(TermEncoder.countWords("   ")).isZero();
    }

    @org.junit.jupiter.api.Test
    void shouldCountTwoHanOrKanaCharactersAsOneWordAndCjkPunctuationAsSpace() {
        org.assertj.core.api.Assertions.assertThat(TermEncoder.countWords("市议会周二投票。渡轮增加班次")).isEqualTo(7);
        org.assertj.core.api.Assertions.assertThat(TermEncoder.countWords("Der Rat tagte.")).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(TermEncoder.countWords("abc漢字def")).isEqualTo(3);
    }

    /** Fuzz finding: half-width katakana sit among the full-width forms; they count as kana, never as a space. */
    @org.junit.jupiter.api.Test
    void shouldCutAShortenedSentenceWhereTheWordCountSaysEvenAtHalfWidthKana() {
        String text = "\u0000\u3041\uFF9B".repeat(60);
        int end = TermEncoder.wordPrefixEnd(text, text.length(), 100);

        org.assertj.core.api.Assertions.assertThat(TermEncoder.countWords(text.substring(0, end))).isLessThanOrEqualTo(100);
        org.assertj.core.api.Assertions.assertThat(end).isPositive();
    }
}
