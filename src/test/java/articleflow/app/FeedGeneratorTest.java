package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.ArticleJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedGeneratorTest {

    private final List<FeedGenerator.Record> feed =
            FeedGenerator.generate(FeedGenerator.Options.eventful(500, 7, 2000, 42));

    private static JsonNode json(FeedGenerator.Record record) {
        return ArticleJson.fromBytes(record.value(), JsonNode.class);
    }

    @Test
    void shouldGiveTheSameRecordsForTheSameSeed() {
        List<FeedGenerator.Record> again = FeedGenerator.generate(FeedGenerator.Options.eventful(500, 7, 2000, 42));
        assertThat(again).hasSameSizeAs(feed);
        for (int i = 0; i < feed.size(); i++) {
            assertThat(again.get(i).id()).isEqualTo(feed.get(i).id());
            assertThat(again.get(i).value()).isEqualTo(feed.get(i).value());
        }
    }

    @Test
    void shouldLiveAPublishersLifeWithCorrectionsMovesWithdrawalsAndRepublications() {
        Map<String, List<FeedGenerator.Record>> byId = new HashMap<>();
        feed.forEach(record -> byId.computeIfAbsent(record.id(), id -> new ArrayList<>()).add(record));
        assertThat(byId).hasSize(500);
        long corrected = byId.values().stream().filter(records -> records.stream().filter(r -> r.value() != null).count() > 1).count();
        long withdrawn = byId.values().stream().filter(records -> records.stream().anyMatch(r -> r.value() == null)).count();
        long republished = byId.values().stream().filter(records -> {
            int tombstone = -1;
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).value() == null) {
                    tombstone = i;
                }
            }
            return tombstone >= 0 && tombstone < records.size() - 1;
        }).count();
        long moved = byId.values().stream().filter(records -> records.stream().filter(r -> r.value() != null)
                .map(r -> json(r).get("source").asText()).distinct().count() > 1).count();
        assertThat(corrected).isBetween(100L, 220L);
        assertThat(withdrawn).isBetween(25L, 80L);
        assertThat(republished).isPositive();
        assertThat(moved).isPositive();
    }

    @Test
    void shouldSendEachArticlesOwnRecordsInTheirOrder() {
        Map<String, List<FeedGenerator.Record>> byId = new HashMap<>();
        feed.forEach(record -> byId.computeIfAbsent(record.id(), id -> new ArrayList<>()).add(record));
        byId.forEach((id, records) -> {
            assertThat(records.get(0).value()).as("%s starts with a version, not a withdrawal", id).isNotNull();
            String newest = "";
            boolean withdrawn = false;
            for (FeedGenerator.Record record : records) {
                if (record.value() == null) {
                    withdrawn = true;
                    continue;
                }
                String updated = json(record).get("updated_at").asText();
                if (withdrawn) {
                    assertThat(updated).as("%s republished after its newest version", id).isGreaterThan(newest);
                }
                newest = updated.compareTo(newest) > 0 ? updated : newest;
            }
        });
    }

    @Test
    void shouldWriteBodiesOfAboutTheAskedSizeAsTextOrHtml() {
        List<JsonNode> versions = feed.stream().filter(r -> r.value() != null).map(FeedGeneratorTest::json).toList();
        assertThat(versions).allSatisfy(article -> assertThat(article.get("body").asText().length()).isBetween(2000, 4000));
        assertThat(versions).anySatisfy(article -> assertThat(article.get("content_type").asText()).isEqualTo("text/html"));
        assertThat(versions).anySatisfy(article -> assertThat(article.get("content_type").asText()).isEqualTo("text/plain"));
    }
}
