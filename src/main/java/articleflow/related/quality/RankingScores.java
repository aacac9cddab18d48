package articleflow.related.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranking quality of related lists against story labels, averaged over articles with at least one other
 * article of their story: P@k counts a missing link as a miss (hits in the first k, over k); R@10 is hits in
 * the first 10 over the story's other articles; R-precision is hits in the first R over R, R being that count;
 * coverage is the share of articles with at least one link.
 */
public record RankingScores(int articles, double p1, double p5, double p10, double r10, double rPrecision,
                            double coverage) {

    public static RankingScores of(Map<String, List<String>> lists, Map<String, String> storyOf) {
        Map<String, List<String>> byStory = new HashMap<>();
        storyOf.forEach((id, story) -> byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(id));
        int n = 0;
        double p1 = 0;
        double p5 = 0;
        double p10 = 0;
        double r10 = 0;
        double rp = 0;
        int covered = 0;
        for (Map.Entry<String, String> article : storyOf.entrySet()) {
            int relevant = byStory.get(article.getValue()).size() - 1;
            if (relevant == 0) {
                continue;
            }
            n++;
            List<String> list = lists.getOrDefault(article.getKey(), List.of());
            if (!list.isEmpty()) {
                covered++;
            }
            p1 += hits(list, 1, article.getValue(), storyOf);
            p5 += hits(list, 5, article.getValue(), storyOf) / 5.0;
            p10 += hits(list, 10, article.getValue(), storyOf) / 10.0;
            r10 += (double) hits(list, 10, article.getValue(), storyOf) / relevant;
            rp += (double) hits(list, relevant, article.getValue(), storyOf) / relevant;
        }
        return n == 0 ? new RankingScores(0, 0, 0, 0, 0, 0, 0)
                : new RankingScores(n, p1 / n, p5 / n, p10 / n, r10 / n, rp / n, (double) covered / n);
    }

    private static int hits(List<String> list, int k, String story, Map<String, String> storyOf) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, list.size()); i++) {
            if (story.equals(storyOf.get(list.get(i)))) {
                hits++;
            }
        }
        return hits;
    }
}
