package articleflow.app;

import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.model.EnrichedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The final state a feed should leave, computed offline: the same records through {@link OfflinePipeline}, the
 * path {@code enrich} takes, one partition, in the order given. A withdrawn article ends as null.
 */
public final class OfflineReference {

    private OfflineReference() {
    }

    public static Map<String, EnrichedArticle> finalState(ArticleflowConfig config, List<FeedGenerator.Record> feed,
                                                          Path stateDir) {
        Map<String, EnrichedArticle> result = new LinkedHashMap<>();
        try {
            Files.createDirectories(stateDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OfflinePipeline pipeline = new OfflinePipeline(config, stateDir, PipelineEvents.NONE, letter -> { })) {
            Instant time = Instant.parse("2024-06-01T00:00:00Z");
            for (FeedGenerator.Record record : feed) {
                pipeline.pipe(record.key(), record.value(), time);
                time = time.plusMillis(1);
            }
            for (FeedGenerator.Record record : feed) {
                result.put(record.id(), pipeline.latest(record.id()));
            }
        }
        return result;
    }
}
