package articleflow.related;

/**
 * One version of an article as the related stage indexes it: the normalized text (furniture already removed)
 * and what its links show. {@code version} increases strictly per id (a correction and a withdrawal each take
 * the next one); a message about a lower version is stale wherever it arrives.
 */
public record ArticleInput(String id, long version, String language, String title, String url, String source,
                           String publishedAt, long publishedAtMillis, String text) {

    public ArticleInput {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an article needs an id");
        }
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
        text = text == null ? "" : text;
        title = title == null ? "" : title;
    }

    public ArticleLink link() {
        return new ArticleLink(id, title, url, publishedAt, source);
    }
}
