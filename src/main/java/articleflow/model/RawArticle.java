package articleflow.model;

import java.util.List;

/**
 * A raw article as publishers produce it to {@code articles.raw}, read with strict types by
 * {@link ArticleJson#readRawArticle(byte[])}: every field is a string (or a list of strings), never coerced
 * from a number or a boolean; unknown fields are ignored. Nothing here is validated yet: that is accept's job.
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

    public RawArticle {
        authors = strings("authors", authors);
        tags = strings("tags", tags);
    }

    private static List<String> strings(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.contains(null)) {
            throw new IllegalArgumentException(field + " must be a list of strings");
        }
        return List.copyOf(values);
    }
}
