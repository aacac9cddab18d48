package articleflow.related.quality;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking quality of related lists against story labels, averaged over articles with at least one other
 * article of their story: P@k counts a missing link as a miss (hits in the first k, over k); R@10 is hits in
 * the first 10 over the story's other articles; R-precision is hits in the first R over R, R being that count;
 * coverage is the share of articles with at least one link.
 */
public record RankingScores(int articles, double p1, double p5, double p10, double r10, double rPrecision,
                            double coverage) {

    public static RankingScores of(Map<String, List<String>> lists, Map<String, String> storyOf) {
        return of(lists, storyOf, Map.of());
    }

    /**
     * The same scores with each near-duplicate group counted once: the lists show at most one article of a group
     * by design, so its other members are neither missed nor hits. {@code duplicateOf} maps a copy to the article
     * it was marked a duplicate of; a mark across two stories merges nothing (a wrong mark earns no credit).
     */
    public static RankingScores of(Map<String, List<String>> lists, Map<String, String> storyOf,
                                   Map<String, String> duplicateOf) {
        Map<String, String> groupOf = new HashMap<>();
        storyOf.forEach((id, story) -> {
            String original = duplicateOf.get(id);
            boolean sameStory = original != null && story.equals(storyOf.get(original));
            groupOf.put(id, story + "\u0000" + (sameStory ? original : id));
        });
        Map<String, Set<String>> groupsByStory = new HashMap<>();
        storyOf.forEach((id, story) -> groupsByStory.computeIfAbsent(story, s -> new HashSet<>()).add(groupOf.get(id)));
        int n = 0;
        double p1 = 0;
        double p5 = 0;
        double p10 = 0;
        double r10 = 0;
        double rp = 0;
        int covered = 0;
        for (Map.Entry<String, String> article : storyOf.entrySet()) {
            String own = groupOf.get(article.getKey());
            int relevant = groupsByStory.get(article.getValue()).size() - 1;
            if (relevant == 0) {
                continue;
            }
            n++;
            List<String> list = lists.getOrDefault(article.getKey(), List.of());
            if (!list.isEmpty()) {
                covered++;
            }
            p1 += hits(list, 1, own, groupOf);
            p5 += hits(list, 5, own, groupOf) / 5.0;
            p10 += hits(list, 10, own, groupOf) / 10.0;
            r10 += (double) hits(list, 10, own, groupOf) / relevant;
            rp += (double) hits(list, relevant, own, groupOf) / relevant;
        }
        return n == 0 ? new RankingScores(0, 0, 0, 0, 0, 0, 0)
                : new RankingScores(n, p1 / n, p5 / n, p10 / n, r10 / n, rp / n, (double) covered / n);
    }

    /** Same-story groups other than the article's own among the first k links, each counted once. */
    private static int hits(List<String> list, int k, String ownGroup, Map<String, String> groupOf) {
        String story = ownGroup.substring(0, ownGroup.indexOf('\u0000') + 1);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < Math.min(k, list.size()); i++) {
            String group = groupOf.get(list.get(i));
            if (group != null && group.startsWith(story) && !group.equals(ownGroup)) {
                found.add(group);
            }
        }
        return found.size();
    }
}
