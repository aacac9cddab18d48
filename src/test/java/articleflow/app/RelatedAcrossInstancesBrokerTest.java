package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.EnrichedArticle;
import articleflow.model.RelatedLink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related lists and duplicate marks whether one instance or two instances of the application share a 6-partition
 * input: duplicate marks are the same, the best link and most of each list too (see the comment in the test for
 * why not all of it).
 */
class RelatedAcrossInstancesBrokerTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(150);

    @TempDir
    Path folder;

    @Test
    void shouldListTheSameRelatedArticlesWithTwoInstancesAsWithOne() throws Exception {
        List<FeedGenerator.Record> feed = FeedGenerator.generate(FeedGenerator.Options.plain(150, 4, 1200, 21));

        Map<String, EnrichedArticle> one = run("related-one", feed, 1);
        Map<String, EnrichedArticle> two = run("related-two", feed, 2);

        assertThat(two.keySet()).isEqualTo(one.keySet());
        assertThat(one.values()).as("articles with related links").filteredOn(a -> !a.neighbors().related().isEmpty())
                .hasSizeGreaterThan(one.size() / 2);
        int sameTop = 0;
        int sameList = 0;
        double overlap = 0;
        List<String> duplicateMarks = new ArrayList<>();
        for (Map.Entry<String, EnrichedArticle> entry : one.entrySet()) {
            List<String> alone = ids(entry.getValue());
            List<String> shared = ids(two.get(entry.getKey()));
            sameList += alone.equals(shared) ? 1 : 0;
            sameTop += alone.isEmpty() ? (shared.isEmpty() ? 1 : 0)
                    : (!shared.isEmpty() && alone.get(0).equals(shared.get(0)) ? 1 : 0);
            Set<String> common = new HashSet<>(alone);
            common.retainAll(shared);
            overlap += alone.isEmpty() && shared.isEmpty() ? 1
                    : common.size() / (double) Math.max(alone.size(), shared.size());
            if (!Objects.equals(entry.getValue().duplicateOf(), two.get(entry.getKey()).duplicateOf())) {
                duplicateMarks.add(entry.getKey());
            }
        }
        int n = one.size();
        System.out.printf("related lists across 1 and 2 instances: %d of %d identical, best link the same for %d, "
                + "mean overlap %.3f%n", sameList, n, sameTop, overlap / n);
        // Each partition estimates document frequencies from the articles it has indexed so far, and in which order
        // a partition indexes its articles depends on how the feed's replies interleave, which differs from run to
        // run, and with 25 articles a partition the estimates are young. Measured (150 articles, 6 partitions): 50
        // lists identical, the best link the same for 124, mean overlap 0.80. The bounds below hold that much;
        // identical lists would need each partition to index in raw-offset order (or a frozen background table).
        assertThat(duplicateMarks).as("duplicate marks that differ").isEmpty();
        assertThat(sameTop).as("articles whose best related article is the same").isGreaterThanOrEqualTo(n * 75 / 100);
        assertThat(overlap / n).as("mean share of a list that is the same").isGreaterThanOrEqualTo(0.7);
    }

    private Map<String, EnrichedArticle> run(String name, List<FeedGenerator.Record> feed, int instances)
            throws Exception {
        try (BrokerPipeline pipeline = BrokerPipeline.create(name, folder.resolve(name + "-0"), 6);
             OutputLog enriched = pipeline.enriched()) {
            pipeline.startJob();
            for (int i = 1; i < instances; i++) {
                pipeline.startInstance(folder.resolve(name + "-" + i));
            }
            feed.forEach(record -> pipeline.produce(record.key(), record.value()));
            pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
            return enriched.latestById();
        }
    }

    private static List<String> ids(EnrichedArticle article) {
        return article.neighbors().related().stream().map(RelatedLink::id).toList();
    }
}
