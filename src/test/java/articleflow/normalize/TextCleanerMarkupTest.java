package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markup, surrogates and the character classes {@link TextCleaner} reads, case by case with the exact result. */
class TextCleanerMarkupTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void shouldDropTagsAndLetThemSeparateWordsLikeASpace() {
        assertThat(cleaner.clean("<p>First</p><p>second</p>")).isEqualTo("First second");
        assertThat(cleaner.clean("bold<b>face</b>")).isEqualTo("bold face");
        assertThat(cleaner.clean("<!-- note --><?php x ?>text")).isEqualTo("text");
        assertThat(cleaner.clean("a <br/> b")).isEqualTo("a b");
    }

    @Test
    void shouldKeepALessThanSignThatDoesNotStartATag() {
        assertThat(cleaner.clean("1 < 2 and 3 > 2")).isEqualTo("1 < 2 and 3 > 2");
        assertThat(cleaner.clean("x<")).isEqualTo("x<");
        assertThat(cleaner.clean("a<5>b")).isEqualTo("a<5>b");
        assertThat(cleaner.clean("<b never closed")).isEqualTo("<b never closed");
        assertThat(cleaner.clean("<a <b>c")).isEqualTo("<a c");
        // a non-ASCII letter does not open a tag
        assertThat(cleaner.clean("<é>")).isEqualTo("<é>");
    }

    @Test
    void shouldFindTheEndOfATagOrMinusOne() {
        assertThat(TextCleaner.tagEnd("<b>", 0)).isEqualTo(2);
        assertThat(TextCleaner.tagEnd("x</i>", 1)).isEqualTo(4);
        assertThat(TextCleaner.tagEnd("<!x>", 0)).isEqualTo(3);
        assertThat(TextCleaner.tagEnd("<?x>", 0)).isEqualTo(3);
        assertThat(TextCleaner.tagEnd("<", 0)).isEqualTo(-1);
        assertThat(TextCleaner.tagEnd("< b>", 0)).isEqualTo(-1);
        assertThat(TextCleaner.tagEnd("<b", 0)).isEqualTo(-1);
        assertThat(TextCleaner.tagEnd("<b<i>", 0)).isEqualTo(-1);
        assertThat(TextCleaner.tagEnd("<\u00E9>", 0)).isEqualTo(-1);
    }

    @Test
    void shouldReadATagOnlyUpToTheLengthCap() {
        String justUnder = "<a" + "x".repeat(TextCleaner.MAX_TAG_CHARS - 3) + ">";
        String justOver = "<a" + "x".repeat(TextCleaner.MAX_TAG_CHARS - 2) + ">";

        assertThat(justUnder.length()).isEqualTo(TextCleaner.MAX_TAG_CHARS);
        assertThat(TextCleaner.tagEnd(justUnder, 0)).isEqualTo(TextCleaner.MAX_TAG_CHARS - 1);
        assertThat(TextCleaner.tagEnd(justOver, 0)).isEqualTo(-1);
        assertThat(cleaner.clean("a" + justUnder + "b")).isEqualTo("a b");
        assertThat(cleaner.clean(justOver)).isEqualTo(justOver);
    }

    @Test
    void shouldKeepPairedSurrogatesAndReplaceUnpairedOnes() {
        String grinning = "\uD83D\uDE00";

        assertThat(cleaner.clean("smile " + grinning + " now")).isEqualTo("smile " + grinning + " now");
        assertThat(cleaner.clean(grinning)).isEqualTo(grinning);
        assertThat(cleaner.clean("a \uD83D")).isEqualTo("a \uFFFD");
        assertThat(cleaner.clean("\uD83Dx")).isEqualTo("\uFFFDx");
        assertThat(cleaner.clean("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
        assertThat(cleaner.clean(" \uDE00 ")).isEqualTo("\uFFFD");
    }

    @Test
    void shouldNotStartWithASpaceAfterALeadingTag() {
        assertThat(cleaner.clean("<b> \uD83D\uDE00</b>")).isEqualTo("\uD83D\uDE00");
        assertThat(cleaner.clean("<b>x</b>")).isEqualTo("x");
    }

    @Test
    void shouldReadEveryWhitespaceCharacterAsASpace() {
        for (char c : new char[] {' ', '\n', '\t', '\r', '\u00A0', '\f', '\u000B', '\u2003', '\u3000', '\u2028', '\u1680'}) {
            assertThat(TextCleaner.isSpace(c)).as("U+%04X", (int) c).isTrue();
            assertThat(cleaner.clean("a" + c + "b")).as("U+%04X", (int) c).isEqualTo("a b");
        }
        for (char c : new char[] {'!', 'a', '~', '\u007F', '\u0000', '\u00E9', '\u200B'}) {
            assertThat(TextCleaner.isSpace(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void shouldDropEveryInvisibleCharacterAndKeepTheRest() {
        for (char c : new char[] {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F',
                '\u0000', '\u0007', '\u007F', '\u0085', '\u009F', '\u202A', '\u202C', '\u202E', '\u2066', '\u2069'}) {
            assertThat(TextCleaner.isInvisible(c)).as("U+%04X", (int) c).isTrue();
            assertThat(cleaner.clean("a" + c + "b")).as("U+%04X", (int) c).isEqualTo("ab");
        }
        // U+2029 is a separator (a space, not dropped), U+2061 a format character the cleaner keeps
        for (char c : new char[] {'!', 'a', '~', ' ', '\u00A0', '\u00E9', '\u2029', '\u2061', '\u2065', '\u206A',
                '\u202F', '\u2201'}) {
            assertThat(TextCleaner.isInvisible(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(TextCleaner.isInvisible('\u2067')).isTrue();
        assertThat(TextCleaner.isInvisible('\u202B')).isTrue();
    }

    @Test
    void shouldComposeAnAccentThatAnInvisibleCharacterSeparated() {
        assertThat(cleaner.clean("Sch\u006F\u200B\u0308n")).isEqualTo("Sch\u00F6n");
        assertThat(cleaner.clean("already composed: \u00F6")).isEqualTo("already composed: \u00F6");
        assertThat(cleaner.clean("")).isEmpty();
    }
}
