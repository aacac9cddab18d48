package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void shouldCollapseEveryKindOfWhitespaceToOneSpace() {
        assertThat(cleaner.clean(" a\u00A0\u00A0b\t\tc\n\nd\u2003e \u3000f ")).isEqualTo("a b c d e f");
    }

    @Test
    void shouldComposeDecomposedCharacters() {
        assertThat(cleaner.clean("Sch\u006F\u0308n")).isEqualTo("Sch\u00F6n");
    }

    @Test
    void shouldRemoveInvisibleCharactersWithoutSplittingWords() {
        assertThat(cleaner.clean("zero\u200Bwidth soft\u00ADhyphen \uFEFFbom")).isEqualTo("zerowidth softhyphen bom");
    }

    @Test
    void shouldReturnEmptyForNothingVisible() {
        assertThat(cleaner.clean(null)).isEmpty();
        assertThat(cleaner.clean("\u200B \u0000 \u00AD")).isEmpty();
    }
}
