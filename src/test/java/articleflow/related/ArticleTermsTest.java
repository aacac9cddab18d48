package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import articleflow.analysis.TextAnalyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTermsTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    /** No articles counted: every IDF is ln(1 / 1) + 1 = 1, so a weight is its TF part times the name factor. */
    private static final DocumentFrequencies NONE = new FrozenDocumentFrequencies(Map.of(), Map.of());

    private static int indexOf(ArticleTerms terms, String surface) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.surface(i).equals(surface)) {
                return i;
            }
        }
        throw new AssertionError(surface + " not among the terms");
    }

    private static double weightOf(ArticleTerms terms, String surface) {
        int i = indexOf(terms, surface);
        List<ArticleTerms.Weighted> weighted = terms.weighted(NONE);
        return weighted.stream().filter(w -> w.index() == i).findFirst().orElseThrow().weight();
    }

    @Test
    void shouldWeighATermByTheShareOfItsOccurrencesWrittenAsAName() {
        ArticleTerms terms = ArticleTerms.of(ANALYZER, "en", "Bridge closes",
                "Crews say Porthaven bridge closes. Residents of Porthaven object. Residents of porthaven object.");

        int porthaven = indexOf(terms, "porthaven");
        int bridge = indexOf(terms, "bridge");
        assertThat(terms.count(porthaven)).isEqualTo(3);
        assertThat(terms.nameShare(porthaven)).isEqualTo(2f / 3f);
        // the title counts twice, and a capital at the start of a title or sentence is no name
        assertThat(terms.count(bridge)).isEqualTo(ArticleTerms.TITLE_WEIGHT + 1);
        assertThat(terms.nameShare(bridge)).isZero();
        assertThat(terms.nameShare(indexOf(terms, "crews"))).isZero();

        assertThat(weightOf(terms, "porthaven")).isCloseTo((1 + Math.log(3)) * (1 + ArticleTerms.NAME_BOOST * 2 / 3.0),
                within(1e-6));
        assertThat(weightOf(terms, "bridge")).isCloseTo(1 + Math.log(3), within(1e-12));
    }

    @Test
    void shouldCountANameWrittenOnlyInTheTitleAsNoName() {
        ArticleTerms terms = ArticleTerms.of(ANALYZER, "en", "Storm hits the Keldara coast", "The storm hits hard.");

        assertThat(terms.nameShare(indexOf(terms, "keldara"))).isZero();
        assertThat(weightOf(terms, "keldara")).isCloseTo(1 + Math.log(ArticleTerms.TITLE_WEIGHT), within(1e-12));
    }

    @Test
    void shouldWeighATermWrittenOnlyAsANameTwice() {
        ArticleTerms terms = ArticleTerms.of(ANALYZER, "en", "", "Officials in Keldara met. They met again in Keldara.");

        assertThat(terms.nameShare(indexOf(terms, "keldara"))).isEqualTo(1f);
        assertThat(weightOf(terms, "keldara")).isCloseTo((1 + Math.log(2)) * (1 + ArticleTerms.NAME_BOOST),
                within(1e-12));
    }
}
