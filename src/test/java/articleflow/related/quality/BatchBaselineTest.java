package articleflow.related.quality;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.analysis.TextAnalyzer;
import articleflow.related.ArticleInput;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The batch baseline's lists on a small collection whose overlaps are known. */
class BatchBaselineTest {

    private static ArticleInput article(String id, String language, String title, String text) {
        return new ArticleInput(id, 1, language, title, "https://example.org/" + id, "Example", "2024-05-06", 0L, text);
    }

    private static final List<ArticleInput> ARTICLES = List.of(
            article("a1", "en", "Ferry engines replaced", "The harbour ferry has new engines and a new deck."),
            article("a2", "en", "Ferry fares rise", "Harbour ferry fares rise after the new engines."),
            article("b1", "en", "Football club wins", "The club won the final at the harbour stadium."),
            article("c1", "en", "Quiet day", "Nothing happened at all."),
            article("d1", "de", "Ferry engines", "Harbour ferry engines deck"));

    @Test
    void shouldRankByTfIdfCosineWithinOneLanguage() {
        Map<String, List<String>> lists = BatchBaseline.rank(ARTICLES, new TextAnalyzer(), 3);

        assertThat(lists).isEqualTo(Map.of(
                "a1", List.of("a2", "b1"),
                "a2", List.of("a1", "b1"),
                "b1", List.of("a1", "a2"),
                "c1", List.of(),
                "d1", List.of()));
    }

    @Test
    void shouldCutEachListAtK() {
        Map<String, List<String>> lists = BatchBaseline.rank(ARTICLES, new TextAnalyzer(), 1);

        assertThat(lists.get("a1")).containsExactly("a2");
        assertThat(lists.get("b1")).containsExactly("a1");
        assertThat(BatchBaseline.rank(ARTICLES, new TextAnalyzer(), 0).get("a1")).isEmpty();
    }
}
