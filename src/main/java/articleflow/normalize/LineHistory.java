package articleflow.normalize;

import java.util.List;

/**
 * What one publisher's line has been seen in: a few distinct article ids (enough to pass the threshold)
 * and the publish-time span over which it was seen.
 */
public record LineHistory(List<String> articleIds, long firstSeenMillis, long lastSeenMillis) {

    public LineHistory {
        articleIds = List.copyOf(articleIds);
    }

    public int distinctArticles() {
        return articleIds.size();
    }

    public long spanMillis() {
        return lastSeenMillis - firstSeenMillis;
    }

    public int distinctArticlesOtherThan(String id) {
        return articleIds.contains(id) ? articleIds.size() - 1 : articleIds.size();
    }
}
