package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.EnrichedArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related lists and duplicate marks whether one instance or two instances of the application share a 6-partition
 * input: the same, link for link.
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
        // Each partition counts an article's terms when it accepts it, in the order it received them (the publisher's
        // order, records being keyed by id), and weighs the article with the frequencies of that moment; the text
        // analysed is the accepted one, before learned furniture, which depends on the interleaving of the feed's
        // replies. So the lists do not depend on how many instances share the partitions.
        assertThat(relatedLists(two)).as("related lists, link for link, with two instances")
                .isEqualTo(relatedLists(one));
        assertThat(duplicateMarks(two)).as("duplicate marks with two instances").isEqualTo(duplicateMarks(one));
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

    private static Map<String, List<String>> relatedLists(Map<String, EnrichedArticle> articles) {
        Map<String, List<String>> lists = new TreeMap<>();
        articles.forEach((id, article) -> lists.put(id,
                article.neighbors().related().stream().map(link -> link.id() + " " + link.score()).toList()));
        return lists;
    }

    private static Map<String, String> duplicateMarks(Map<String, EnrichedArticle> articles) {
        Map<String, String> marks = new TreeMap<>();
        articles.forEach((id, article) -> marks.put(id, String.valueOf(article.duplicateOf())));
        return marks;
    }
}
