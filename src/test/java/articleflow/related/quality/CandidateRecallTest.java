package articleflow.related.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import articleflow.analysis.TextAnalyzer;
import articleflow.related.ArticleInput;
import articleflow.related.RelatedSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateRecallTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private static ArticleInput article(String id, long minute, String text) {
        return new ArticleInput(id, 1, "en", "", null, "example.org", null, minute * 60_000L, text);
    }

    @Test
    void shouldCountCandidatePairsAtBothEndsAndTheSameStoryPairsThatShareABucket() {
        List<ArticleInput> arrivals = List.of(article("a", 0, "Tarrow volcano erupts"),
                article("b", 1, "Tarrow volcano erupts again"), article("c", 2, "Ferry workers strike"));
        Map<String, String> stories = Map.of("a", "volcano", "b", "volcano", "c", "ferry");

        CandidateRecall.Result r = CandidateRecall.of(arrivals, stories, ANALYZER, RelatedSettings.DEFAULT);

        // one pair (a, b), counted for both: 2 / 3 articles; the one same-story pair is a candidate
        assertThat(r.candidatesPerArticle()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.storyPairRecall()).isEqualTo(1.0);
    }

    @Test
    void shouldGiveNoCandidatesFromABucketThatEvictedForTheCap() {
        List<ArticleInput> arrivals = List.of(article("a", 0, "Tarrow volcano erupts"),
                article("b", 1, "Tarrow volcano erupts again"), article("c", 2, "Ferry workers strike"),
                article("d", 3, "Tarrow volcano erupts"));
        Map<String, String> stories = Map.of("a", "volcano", "b", "volcano", "c", "ferry", "d", "volcano");

        CandidateRecall.Result r = CandidateRecall.of(arrivals, stories, ANALYZER,
                RelatedSettings.DEFAULT.withBucketCap(1));

        // b still meets a, then a is evicted and its buckets are common: d meets nobody; 1 of 3 story pairs
        assertThat(r.candidatesPerArticle()).isCloseTo(0.5, within(1e-12));
        assertThat(r.storyPairRecall()).isCloseTo(1.0 / 3, within(1e-12));
    }
}
