package articleflow.related.quality;

import articleflow.analysis.TextAnalyzer;
import articleflow.related.ArticleInput;
import articleflow.related.ArticleProfile;
import articleflow.related.ArticleTerms;
import articleflow.related.PartitionDocumentFrequencies;
import articleflow.related.RelatedSettings;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What term blocking costs and lets through, as one partition sees it: the articles in arrival order, each profiled
 * with the document frequencies counted so far and filed under its block terms; a bucket keeps at most
 * {@link RelatedSettings#bucketCap()} members and, once it had to evict for the cap, gives no candidates (as in the
 * term buckets; the horizon is ignored, so only use it on a span shorter than the horizon). Reports the candidate
 * pairs scored per article (each pair counted at both ends) and the share of pairs of the same story that share a
 * bucket, the most the scoring can find.
 */
public final class CandidateRecall {

    /**
     * @param candidatesPerArticle distinct candidate pairs per article, each pair counted for both of its articles
     * @param storyPairRecall same-story pairs (of one language) that share at least one open bucket, over all of them
     */
    public record Result(double candidatesPerArticle, double storyPairRecall) {
    }

    private CandidateRecall() {
    }

    public static Result of(List<ArticleInput> arrivals, Map<String, String> storyOf, TextAnalyzer analyzer,
                            RelatedSettings settings) {
        PartitionDocumentFrequencies df = new PartitionDocumentFrequencies();
        Map<String, ArrayDeque<Integer>> buckets = new HashMap<>();
        Set<String> saturated = new HashSet<>();
        long candidates = 0;
        long storyPairs = 0;
        long storyCandidates = 0;
        for (int i = 0; i < arrivals.size(); i++) {
            ArticleInput a = arrivals.get(i);
            ArticleTerms terms = ArticleTerms.of(analyzer, a.language(), a.title(), a.text());
            df.add(terms.indexed(a.id(), a.version(), a.publishedAtMillis(), settings.maxDistinctTerms()));
            ArticleProfile profile = ArticleProfile.of(terms, df, settings);
            Set<Integer> found = new HashSet<>();
            for (String key : profile.blockKeys()) {
                ArrayDeque<Integer> members = buckets.computeIfAbsent(key, k -> new ArrayDeque<>());
                if (!saturated.contains(key)) {
                    found.addAll(members);
                }
                members.add(i);
                if (members.size() > settings.bucketCap()) {
                    members.poll();
                    saturated.add(key);
                }
            }
            candidates += found.size();
            String story = storyOf.get(a.id());
            for (int j = 0; j < i; j++) {
                ArticleInput b = arrivals.get(j);
                if (story != null && story.equals(storyOf.get(b.id()))
                        && TextAnalyzer.canonicalLanguage(a.language()).equals(
                                TextAnalyzer.canonicalLanguage(b.language()))) {
                    storyPairs++;
                    if (found.contains(j)) {
                        storyCandidates++;
                    }
                }
            }
        }
        return new Result(arrivals.isEmpty() ? 0 : 2.0 * candidates / arrivals.size(),
                storyPairs == 0 ? 0 : (double) storyCandidates / storyPairs);
    }
}
