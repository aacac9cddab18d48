package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageLengthTest {

    @Test
    void shouldCountAsTheOneElementWalkDoesHoweverFarItHasRead() {
        Element body = Jsoup.parseBodyFragment("<p>  one   two </p><p>three</p><div><b>x</b> <i> y</i>\u00A0</div>").body();
        PageLength length = new PageLength(body);

        // "one two three x y " is 17, as PagePruner.textLength counts it
        assertThat(PagePruner.textLength(body, Integer.MAX_VALUE)).isEqualTo(17);
        assertThat(length.atLeast(3)).isTrue();
        assertThat(length.atLeast(18)).isFalse();
        assertThat(length.atLeast(17)).isTrue();
        assertThat(length.atLeast(0)).isTrue();
        assertThat(new PageLength(Jsoup.parseBodyFragment("").body()).atLeast(1)).isFalse();
    }

    @Property
    void shouldAnswerAnySequenceOfQuestionsAsTheFullCountDoes(@ForAll("pages") String page,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 300) Integer> questions) {
        Element body = Jsoup.parse(page).body();
        int full = PagePruner.textLength(body, Integer.MAX_VALUE);
        PageLength length = new PageLength(body);

        for (int min : questions) {
            assertThat(length.atLeast(min)).as("at least %d of %d in %s", min, full, page).isEqualTo(full >= min);
        }
        assertThat(length.atLeast(full)).isTrue();
        assertThat(length.atLeast(full + 1)).isFalse();
    }

    @Provide
    Arbitrary<String> pages() {
        return HtmlPages.pages(HtmlPages.Escapes.ALLOWED);
    }
}
