package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TagDepthCapTest {

    @Test
    void shouldReturnAnOrdinaryPageItself() {
        String page = "<html><body><div><p>One<br>two</p><img src=x><p>Three</p></div></body></html>";

        assertThat(TagDepthCap.cap(page)).isSameAs(page);
    }

    @Test
    void shouldDropOnlyTheTagsBeyondTheCapAndKeepAllTheText() {
        int depth = TagDepthCap.MAX_DEPTH + 500;
        String page = "<div>".repeat(depth) + "<p>Deep text.</p>" + "</div>".repeat(depth) + "<p>After.</p>";

        String capped = TagDepthCap.cap(page);

        assertThat(capped.split("<div>", -1)).hasSize(TagDepthCap.MAX_DEPTH + 1);
        assertThat(capped.split("</div>", -1)).hasSize(TagDepthCap.MAX_DEPTH + 1);
        assertThat(Jsoup.parse(capped).text()).isEqualTo("Deep text. After.");
    }

    @Test
    void shouldNotCountVoidOrSelfClosedElementsAsDepth() {
        String page = "<br><img src=a.png><hr/><wbr>".repeat(TagDepthCap.MAX_DEPTH * 2) + "<p>Text</p>";

        assertThat(TagDepthCap.cap(page)).isSameAs(page);
    }
}
