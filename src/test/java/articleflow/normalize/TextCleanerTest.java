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
    void shouldCountTextAsCleaningWouldLeaveItWithOneSpaceBetweenPieces() {
        // pieces of one element's text, read in order: a run of whitespace across two of them counts once
        assertThat(TextCleaner.collapsedLength("  Harbour\u00A0 ferry ", true)).isEqualTo("Harbour ferry ".length());
        assertThat(TextCleaner.endsInSpace("Harbour ferry ", true)).isTrue();
        assertThat(TextCleaner.collapsedLength("  returns", false)).isEqualTo(" returns".length());
        assertThat(TextCleaner.collapsedLength("  returns", true)).isEqualTo("returns".length());
        assertThat(TextCleaner.endsInSpace("", false)).isFalse();
    }

    @Test
    void shouldReturnCleanTextAsItIs() {
        String line = "The harbour ferry returns after winter repairs.";

        assertThat(cleaner.clean(line)).isSameAs(line);
        assertThat(cleaner.clean("ferry  returns")).isEqualTo("ferry returns");
        assertThat(cleaner.clean("ferry returns ")).isEqualTo("ferry returns");
        assertThat(cleaner.clean("ferry <b>returns</b>")).isEqualTo("ferry returns");
    }

    @Test
    void shouldCleanTheSameWhetherOrNotTheTextStartsClean() {
        // an invisible character first sends the whole text down the general path; it is dropped without a trace,
        // so both must agree whatever follows the clean start
        java.util.Random random = new java.util.Random(11);
        char[] alphabet = {'a', 'Z', '7', '.', ' ', ' ', ' ', '\t', '\n', '\u00A0', '\u00E9', '\u0301', '\u4E2D',
            '\u200B', '<', '>', '/', 'b', '\uD83D', '\uDE00', '\u007F', '\u0000'};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                // mostly clean text, as pages are, so that the clean start is long and ends anywhere
                text.append(random.nextInt(3) > 0 ? (char) ('a' + random.nextInt(26)) : alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertThat(cleaner.clean(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(cleaner.clean("\u0000" + s));
        }
    }

    @Test
    void shouldCountEveryCharacterButRepeatedWhitespace() {
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'a', 'Z', '7', '.', ' ', '\t', '\n', '\u00A0', '\u2003', '\u00E9', '\u4E2D', '\u200B', '<', '~', '\u007F'};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            boolean afterSpace = random.nextBoolean();
            int expected = 0;
            boolean space = afterSpace;
            for (char c : text.toString().toCharArray()) {
                boolean isSpace = TextCleaner.isSpace(c);
                expected += !isSpace || !space ? 1 : 0;
                space = isSpace;
            }

            assertThat(TextCleaner.collapsedLength(text.toString(), afterSpace)).as("%s", text).isEqualTo(expected);
            assertThat(TextCleaner.endsInSpace(text.toString(), afterSpace)).isEqualTo(space);
        }
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
    void shouldRemoveNoncharactersThatAPageCanSpellAsEntities() {
        assertThat(cleaner.clean("Bridge\uFFFF closed\uFFFE \uFDD0today")).isEqualTo("Bridge closed today");
    }

    @Test
    void shouldReturnEmptyForNothingVisible() {
        assertThat(cleaner.clean(null)).isEmpty();
        assertThat(cleaner.clean("\u200B \u0000 \u00AD")).isEmpty();
    }
}
