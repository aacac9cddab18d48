package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuffixStemmerTest {

    @Test
    void shouldFoldInflectionsOfOneWordTogether() {
        assertThat(SuffixStemmer.stem("rates")).isEqualTo(SuffixStemmer.stem("rate"))
                .isEqualTo(SuffixStemmer.stem("rated")).isEqualTo(SuffixStemmer.stem("rating"));
        assertThat(SuffixStemmer.stem("parties")).isEqualTo("party");
        assertThat(SuffixStemmer.stem("stopped")).isEqualTo(SuffixStemmer.stem("stop"));
        assertThat(SuffixStemmer.stem("taxes")).isEqualTo("tax");
    }

    @Test
    void shouldOnlyShortenAWordAndRewriteAtMostTheLastLetterOfItsStem() {
        // the term encoder relies on this to reuse the hash it rolled while reading the word
        for (String word : new String[] {"cities", "parties", "flies", "stopped", "rating", "classes", "taxes",
                "quickly", "harbours", "ferries", "planned", "bus", "crisis", "a", "running", "hopes"}) {
            String stem = SuffixStemmer.stem(word);

            assertThat(stem.length()).isLessThanOrEqualTo(word.length());
            assertThat(word).startsWith(stem.substring(0, Math.max(0, stem.length() - 1)));
        }
    }

    @Test
    void shouldLeaveShortWordsAndLatinEndingsAlone() {
        assertThat(SuffixStemmer.stem("bus")).isEqualTo("bus");
        assertThat(SuffixStemmer.stem("gas")).isEqualTo("gas");
        assertThat(SuffixStemmer.stem("crisis")).isEqualTo("crisis");
        assertThat(SuffixStemmer.stem("census")).isEqualTo("census");
    }

    @Test
    void shouldTurnIesIntoYOnlyAfterAStemOfTwoLetters() {
        assertThat(SuffixStemmer.stem("flies")).isEqualTo("fly");
        assertThat(SuffixStemmer.stem("ties")).isEqualTo("tie");
    }

    @Test
    void shouldDropSesFromSsesWords() {
        assertThat(SuffixStemmer.stem("classes")).isEqualTo("class");
    }

    @Test
    void shouldDropIngOnlyAfterAStemOfThreeLetters() {
        assertThat(SuffixStemmer.stem("singing")).isEqualTo("sing");
        assertThat(SuffixStemmer.stem("eating")).isEqualTo("eat");
        assertThat(SuffixStemmer.stem("bring")).isEqualTo("bring");
        assertThat(SuffixStemmer.stem("hopping")).isEqualTo("hop");
    }

    @Test
    void shouldDropEdOnlyAfterAStemOfThreeLetters() {
        assertThat(SuffixStemmer.stem("aimed")).isEqualTo("aim");
        assertThat(SuffixStemmer.stem("used")).isEqualTo("used");
        assertThat(SuffixStemmer.stem("hoped")).isEqualTo("hop");
    }

    @Test
    void shouldDropLyOnlyAfterAStemOfFourLetters() {
        assertThat(SuffixStemmer.stem("slowly")).isEqualTo("slow");
        assertThat(SuffixStemmer.stem("early")).isEqualTo("early");
    }

    @Test
    void shouldDropEsOnlyAfterAHissingSound() {
        assertThat(SuffixStemmer.stem("boxes")).isEqualTo("box");
        assertThat(SuffixStemmer.stem("wishes")).isEqualTo("wish");
        assertThat(SuffixStemmer.stem("buzzes")).isEqualTo("buzz");
        assertThat(SuffixStemmer.stem("gases")).isEqualTo("gas");
        assertThat(SuffixStemmer.stem("tones")).isEqualTo("ton");
        assertThat(SuffixStemmer.stem("axes")).isEqualTo("axe");
    }

    @Test
    void shouldDropAPluralSButNotTheEndOfSsUsOrIs() {
        assertThat(SuffixStemmer.stem("eggs")).isEqualTo("egg");
        assertThat(SuffixStemmer.stem("glass")).isEqualTo("glass");
        assertThat(SuffixStemmer.stem("virus")).isEqualTo("virus");
        assertThat(SuffixStemmer.stem("hopes")).isEqualTo("hop");
    }

    @Test
    void shouldFoldAFinalEAndADoubledConsonantButNotADoubledVowelLOrS() {
        assertThat(SuffixStemmer.stem("free")).isEqualTo("fre");
        assertThat(SuffixStemmer.stem("stopp")).isEqualTo("stop");
        assertThat(SuffixStemmer.stem("taboo")).isEqualTo("taboo");
        assertThat(SuffixStemmer.stem("ball")).isEqualTo("ball");
        assertThat(SuffixStemmer.stem("grass")).isEqualTo("grass");
    }

    @Test
    void shouldStemInPlaceAndReturnTheNewLength() {
        char[] buffer = "ferries?".toCharArray();

        int length = SuffixStemmer.stem(buffer, 7);

        assertThat(new String(buffer, 0, length)).isEqualTo("ferry");
    }
}
