package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.analysis.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentAnalysesTest {

    private static final String TITLE = "Harbour bridge reopens after repairs";
    private static final String TEXT = "The harbour bridge reopened on Monday after six weeks of repairs to its deck.";

    private final RecentAnalyses analyses = new RecentAnalyses(new TextAnalyzer(), 2);

    @Test
    void shouldIndexAVersionWithTheAnalysisMadeWhenItWasCounted() {
        ArticleTerms counted = analyses.counting("a1", 3, "en", TITLE, TEXT);

        assertThat(analyses.indexing("a1", 3, "en", TITLE, TEXT)).isSameAs(counted);
        assertThat(analyses.size()).isZero();
    }

    @Test
    void shouldAnalyseAnewWhatDiffersFromWhatWasCounted() {
        ArticleTerms counted = analyses.counting("a1", 3, "en", TITLE, TEXT);

        ArticleTerms otherText = analyses.indexing("a1", 3, "en", TITLE, TEXT + " Traffic resumed at noon.");

        assertThat(otherText).isNotSameAs(counted);
        assertThat(stems(otherText)).anyMatch(term -> term.startsWith("traffic"));
        assertThat(analyses.counting("a1", 3, "en", TITLE, TEXT)).isNotSameAs(counted);
        assertThat(analyses.indexing("a1", 4, "en", TITLE, TEXT)).as("another version").isNotSameAs(counted);
    }

    @Test
    void shouldGiveTheSameTermsWhetherRememberedOrNot() {
        ArticleTerms remembered = analyses.counting("a1", 1, "en", TITLE, TEXT);
        ArticleTerms fresh = RecentAnalyses.none(new TextAnalyzer()).indexing("a1", 1, "en", TITLE, TEXT);

        assertThat(stems(fresh)).isEqualTo(stems(remembered));
    }

    @Test
    void shouldForgetTheOldestVersionsBeyondItsCapacity() {
        ArticleTerms first = analyses.counting("a1", 1, "en", TITLE, TEXT);
        analyses.counting("a2", 1, "en", TITLE, TEXT);
        ArticleTerms third = analyses.counting("a3", 1, "en", TITLE, TEXT);

        assertThat(analyses.size()).isEqualTo(2);
        assertThat(analyses.indexing("a1", 1, "en", TITLE, TEXT)).isNotSameAs(first);
        assertThat(analyses.indexing("a3", 1, "en", TITLE, TEXT)).isSameAs(third);
    }

    @Test
    void shouldRememberNothingWhenItHasNoRoom() {
        RecentAnalyses none = RecentAnalyses.none(new TextAnalyzer());
        none.counting("a1", 1, "en", TITLE, TEXT);

        assertThat(none.size()).isZero();
    }

    private static List<String> stems(ArticleTerms terms) {
        List<String> stems = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            stems.add(terms.stem(i) + "×" + terms.count(i));
        }
        return stems;
    }
}
