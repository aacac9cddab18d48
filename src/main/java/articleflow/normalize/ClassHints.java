package articleflow.normalize;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it: publishers name their article containers
 * "article", "content", "story"… and their boilerplate "comment", "sidebar", "related", "share"…
 * The word lists follow Mozilla Readability's, which were learnt from many sites.
 */
final class ClassHints {

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends"
                    + "|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break"
                    + "|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent|paywall|subscribe|promo"
                    + "|share|sharing|outbrain|taboola|recirc|most-popular|trending|gallery|slideshow|carousel|caption"
                    + "|disclaimer|author|news-letter|optin|opt-in|two-click");
    /** Names no article container carries, even when they also say "story" or "content": "related-stories". */
    private static final Pattern NEVER_ARTICLE = Pattern.compile(
            "related|newsletter|news-letter|disclaimer|recirc|outbrain|taboola");
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|post-text|embed");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
                    + "|tool|widget|newsletter|byline|author|caption|credit|recirc|taboola|social|subscribe");

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
        return !classAndId.isEmpty() && UNLIKELY.matcher(classAndId).find()
                && (!MAYBE.matcher(classAndId).find() || NEVER_ARTICLE.matcher(classAndId).find());
    }

    /** +25 for an article-like name, −25 for a boilerplate-like one, as in Readability. */
    static int weight(String classAndId) {
        if (classAndId.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(classAndId).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(classAndId).find()) {
            weight += 25;
        }
        return weight;
    }
}
