package articleflow.model;

import java.util.List;

/**
 * A raw article as publishers produce it to {@code articles.raw}, after accept has validated it.
 * Times are kept as the ISO-8601 strings the publisher sent; {@link AcceptedArticle} carries the parsed ones.
 */
public record RawArticle(
        String id,
        String source,
        String url,
        String title,
        String body,
        String contentType,
        String publishedAt,
        String language,
        String section,
        List<String> authors,
        List<String> tags,
        String updatedAt) {
}
