package articleflow.accept;

import articleflow.normalize.ContentType;
import java.util.List;

/**
 * A raw article that passed accept: the id is settled, times are parsed and rendered as ISO-8601 instants
 * ({@code publishedAtMillis} orders the feed), and the content type is known.
 */
public record AcceptedArticle(
        String id,
        String source,
        String url,
        String title,
        String body,
        ContentType contentType,
        String publishedAt,
        long publishedAtMillis,
        String language,
        String section,
        List<String> authors,
        List<String> tags,
        String updatedAt,
        Long updatedAtMillis) implements Verdict {

    public AcceptedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
