package articleflow.related;

/** What a related link shows of the linked article; {@code publishedAt} as the publisher gave it (ISO-8601). */
public record ArticleLink(String id, String title, String url, String publishedAt, String source) {

    /** Longer titles and urls are cut, so that every message and list entry carrying a link stays bounded. */
    public static final int MAX_TITLE = 300;
    public static final int MAX_URL = 2048;
    public static final int MAX_SOURCE = 200;

    public ArticleLink {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a link needs an id");
        }
        title = cut(title, MAX_TITLE);
        url = cut(url, MAX_URL);
        source = cut(source, MAX_SOURCE);
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
