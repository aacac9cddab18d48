package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.ContentType;
import java.text.Normalizer.Form;
import org.junit.jupiter.api.Test;

/** What fuzzing normalize found ({@link NormalizerFuzzTest}), each pinned with its shrunk input. */
class NormalizerFuzzFindingsTest {

    private final Normalizer normalizer = new Normalizer();

    /**
     * TextCleaner composed the text (NFC) before dropping invisible characters, so a zero-width space between a
     * letter and its accent left them apart: "e", U+200B, U+0301 came out as "e" U+0301 rather than "é".
     */
    @Test
    void shouldKeepTheTextInNfcWhenAZeroWidthCharacterSplitALetterFromItsAccent() {
        String body = "<article><h1>Title</h1><p>A </p><p>A </p><p>A </p><p>The </p><p>A </p><p>e\u200B\u0301 </p>"
                + "<p>WYjcjJtiI </p><p>qKNhBZUpgCL\non\u4E2D\u6587  </p><p>a &#\nIi  vCEjBdS\u0009</p><p>tyQpStIqNtl\n</p>"
                + "</article>";

        NormalizedText text = normalizer.normalize(null, body, ContentType.PLAIN);

        assertThat(text.paragraphs()).allSatisfy(paragraph ->
                assertThat(java.text.Normalizer.isNormalized(paragraph, Form.NFC)).as(paragraph).isTrue());
        assertThat(text.paragraphs().get(0)).contains("A \u00E9 ").doesNotContain("<p>");
        assertThat(normalizer.normalize(null, "<p>caf" + "e\u200B\u0301</p>", ContentType.HTML).paragraphs())
                .containsExactly("caf\u00E9");
    }

    /**
     * The markup in a CDATA section came out as a tag; the text cleaner now drops what reads as a tag. Shrunk from
     * a page of the grammar without escaped markup.
     */
    @Test
    void shouldKeepTheMarkupOfACdataSectionOutOfTheText() {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A </title><script>var x = '<p>not text</p>';"
                + "</script><style>p{color:red}</style></head><body><![CDATA[ <b>x</b> ]]></body></html>";

        NormalizedText text = normalizer.normalize(null, page, ContentType.HTML);

        assertThat(text.title()).isEqualTo("A");
        assertThat(text.text()).doesNotContain("<b>");
    }

    /**
     * The title is read from the {@code <h1>} before the page is pruned, with the raw text of a {@code <textarea>}
     * inside it; the markup in that text no longer reaches the title. Shrunk from a page of the grammar without
     * escaped markup.
     */
    @Test
    void shouldKeepMarkupOfATextareaInTheHeadingOutOfTheTitle() {
        NormalizedText text = normalizer.normalize(null, "<h1><textarea><p>The </p></b></textarea>", ContentType.HTML);

        assertThat(text.title()).isEqualTo("The");
    }

    /**
     * An unclosed script ends at the first {@code </script>}, here inside an attribute value, so the rest of that
     * tag becomes text, and its {@code &lt;p&gt;} decodes to a tag; the text cleaner drops it. Shrunk by the long
     * fuzz run.
     */
    @Test
    void shouldKeepMarkupThatAnUnclosedScriptTurnedIntoTextOutOfTheText() {
        String page = "<script><p>&amp; </p></b><p src=\"data:text/html,<script>alert(1)</script>\" x=\"&lt;p&gt;\">";

        NormalizedText text = normalizer.normalize(null, page, ContentType.HTML);

        assertThat(text.text()).doesNotContain("<p>").doesNotContain("<script");
    }
}
