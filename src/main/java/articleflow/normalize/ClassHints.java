package articleflow.normalize;

import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it: publishers name their article containers
 * "article", "content", "story"… and their boilerplate "comment", "sidebar", "related", "share"…
 * The word lists follow Mozilla Readability's, which were learnt from many sites.
 */
final class ClassHints {

    // literal word parts, as Readability's regexes list them; NameParts finds them without regex backtracking
    private static final NameParts UNLIKELY = new NameParts(
            "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
            "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
            "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
            "yom-remote", "newsletter", "cookie", "consent", "paywall", "subscribe", "promo", "share", "sharing",
            "outbrain", "taboola", "recirc", "most-popular", "trending", "gallery", "slideshow", "carousel", "caption",
            "disclaimer", "author", "news-letter", "optin", "opt-in", "two-click");
    /** Names no article container carries, even when they also say "story" or "content": "related-stories". */
    private static final NameParts NEVER_ARTICLE = new NameParts(
            "related", "newsletter", "news-letter", "disclaimer", "recirc", "outbrain", "taboola");
    private static final NameParts MAYBE = new NameParts(
            "and", "article", "body", "column", "content", "main", "shadow", "story", "post-text", "embed");
    private static final NameParts POSITIVE = new NameParts(
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
            "prose");
    /** Besides these parts, the class "hid" on its own (see {@link #isNegative}). */
    private static final NameParts NEGATIVE = new NameParts(
            "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
            "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
            "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "newsletter", "byline", "author", "caption",
            "credit", "recirc", "taboola", "social", "subscribe");

    private ClassHints() {
    }

    static String classAndId(Element element) {
        String cls = element.className();
        String id = element.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(java.util.Locale.ROOT);
    }

    /** Boilerplate by name, and not plausibly the article's own container. */
    static boolean isUnlikely(String classAndId) {
        return !classAndId.isEmpty() && UNLIKELY.occurIn(classAndId)
                && (!MAYBE.occurIn(classAndId) || NEVER_ARTICLE.occurIn(classAndId));
    }

    /** +25 for an article-like name, −25 for a boilerplate-like one, as in Readability. */
    static int weight(String classAndId) {
        if (classAndId.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (isNegative(classAndId)) {
            weight -= 25;
        }
        if (POSITIVE.occurIn(classAndId)) {
            weight += 25;
        }
        return weight;
    }

    private static boolean isNegative(String classAndId) {
        return NEGATIVE.occurIn(classAndId) || NameParts.hasToken(classAndId, "hid");
    }
}
