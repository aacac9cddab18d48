package articleflow.assemble;

import articleflow.accept.AcceptedArticle;
import articleflow.normalize.NormalizedText;
import java.util.List;

/**
 * An accepted, normalized article waiting in the by-id stage for its feed reply (links and the
 * paragraphs learned furniture strips) before it becomes an enriched record.
 */
public record ArticleDraft(
        String id,
        String source,
        String url,
        String title,
        String publishedAt,
        long publishedAtMillis,
        String language,
        String section,
        List<String> authors,
        List<String> tags,
        String updatedAt,
        Long updatedAtMillis,
        List<String> paragraphs) {

    public ArticleDraft {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    public static ArticleDraft of(AcceptedArticle article, NormalizedText normalized) {
        return new ArticleDraft(article.id(), article.source(), article.url(), normalized.title(),
                article.publishedAt(), article.publishedAtMillis(), article.language(), article.section(),
                article.authors(), article.tags(), article.updatedAt(), article.updatedAtMillis(),
                normalized.paragraphs());
    }
}
