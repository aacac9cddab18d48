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
    void shouldLeaveShortWordsAndLatinEndingsAlone() {
        assertThat(SuffixStemmer.stem("bus")).isEqualTo("bus");
        assertThat(SuffixStemmer.stem("crisis")).isEqualTo("crisis");
        assertThat(SuffixStemmer.stem("census")).isEqualTo("census");
    }
}
