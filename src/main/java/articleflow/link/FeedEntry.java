package articleflow.link;

import articleflow.model.Link;

/**
 * One article's place in its publisher's feed: ordered by {@code publishedAtMillis}, then id.
 *
 * @param version the article's version (the by-id stage's counter) that placed it here; every link update sent
 *                for the article names it, so the article can tell an update from its current feed from a late
 *                one from a feed it has left
 */
public record FeedEntry(String source, String id, String title, String url, String publishedAt, long publishedAtMillis,
                        long version) {

    /** An entry placed by an unknown version (0). */
    public FeedEntry(String source, String id, String title, String url, String publishedAt, long publishedAtMillis) {
        this(source, id, title, url, publishedAt, publishedAtMillis, 0);
    }

    /** Same place in the feed and the same link for neighbours to show, whatever version placed it. */
    public boolean showsTheSameAs(FeedEntry other) {
        return publishedAtMillis == other.publishedAtMillis && asLink().equals(other.asLink());
    }

    public Link asLink() {
        return new Link(id, title, url, publishedAt);
    }

    /** Key whose byte order is the feed order: source, time (sign bit flipped so it sorts unsigned), id. */
    public String orderKey() {
        return sourcePrefix(source) + String.format("%016x", publishedAtMillis ^ Long.MIN_VALUE) + '\u0001' + id;
    }

    public String positionKey() {
        return sourcePrefix(source) + id;
    }

    public static String positionKey(String source, String id) {
        return sourcePrefix(source) + id;
    }

    /** All keys of one source start with this; {@code '\u0002'} after the source bounds its range. */
    public static String sourcePrefix(String source) {
        return source + '\u0001';
    }

    public static String sourceUpperBound(String source) {
        return source + '\u0002';
    }
}
