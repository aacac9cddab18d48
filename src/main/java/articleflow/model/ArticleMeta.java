package articleflow.model;

import java.util.List;

/**
 * What a reader and a feed need to know about an article besides its text: who published it, where, when,
 * and under which title. Settled once at accept (times parsed, id decided) and carried unchanged to the
 * enriched record; only the title and the language may be filled in by normalize, from the page itself.
 *
 * @param publishedAtMillis {@code publishedAt} as epoch millis: it orders the publisher's feed
 * @param updatedAtMillis   {@code updatedAt} as epoch millis, or null when the publisher sent none
 */
public record ArticleMeta(
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
        Long updatedAtMillis) {

    public ArticleMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public ArticleMeta withTitle(String newTitle) {
        return new ArticleMeta(id, source, url, newTitle, publishedAt, publishedAtMillis, language, section,
                authors, tags, updatedAt, updatedAtMillis);
    }

    public ArticleMeta withLanguage(String newLanguage) {
        return new ArticleMeta(id, source, url, title, publishedAt, publishedAtMillis, newLanguage, section,
                authors, tags, updatedAt, updatedAtMillis);
    }

    /** The link a neighbour shows to this article. */
    public Link asLink() {
        return new Link(id, title, url, publishedAt);
    }
}
