package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.ContentType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DeepNestingTest {

    private static final String SENTENCE = "The council approved the harbour plan on Monday after a long debate. ";

    @Test
    void shouldLeaveAPageOfOrdinaryDepthAlone() {
        Document page = Jsoup.parse("<div><article><p>" + SENTENCE + "</p></article></div>");
        String before = page.outerHtml();

        assertThat(DeepNesting.flatten(page)).isFalse();
        assertThat(page.outerHtml()).isEqualTo(before);
    }

    @Test
    void shouldReplaceWhatLiesTooDeepByItsText() {
        Document page = Jsoup.parse("<div>".repeat(5_000) + "<p>" + SENTENCE + "</p><p>Second paragraph.</p>"
                + "</div>".repeat(5_000));

        assertThat(DeepNesting.flatten(page)).isTrue();

        assertThat(deepest(page)).isLessThanOrEqualTo(DeepNesting.MAX_DEPTH + 1);
        assertThat(page.text()).contains(SENTENCE.trim()).contains("Second paragraph.");
    }

    @Test
    void shouldStillFindTheArticleInAHostilelyDeepPage() {
        String page = "<div>".repeat(20_000) + "<p>" + SENTENCE.repeat(3) + "</p>" + "</div>".repeat(20_000);

        NormalizedText text = new Normalizer().normalize("Harbour plan", page, ContentType.HTML);

        assertThat(text.text()).contains("The council approved the harbour plan on Monday");
    }

    private static int deepest(Element root) {
        int deepest = 0;
        for (Element element : root.getAllElements()) {
            int depth = 0;
            for (Element up = element; up.parent() != null; up = up.parent()) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }
}
