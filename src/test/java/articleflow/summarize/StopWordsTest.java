package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void shouldKnowFunctionWordsUpToTheLongest() {
        assertThat(StopWords.contains("the")).isTrue();
        assertThat(StopWords.contains("a")).isTrue();
        assertThat(StopWords.contains("because")).isTrue();
        assertThat(StopWords.contains("herself")).isTrue();
    }

    @Test
    void shouldNotTakeContentWordsOrPrefixesForStopWords() {
        assertThat(StopWords.contains("harbour")).isFalse();
        assertThat(StopWords.contains("th")).isFalse();
        assertThat(StopWords.contains("themselves")).isFalse();
    }

    @Test
    void shouldLookAtOnlyTheGivenLengthOfTheBuffer() {
        assertThat(StopWords.contains("theory".toCharArray(), 3)).isTrue();
        assertThat(StopWords.contains("theory".toCharArray(), 6)).isFalse();
    }
}
