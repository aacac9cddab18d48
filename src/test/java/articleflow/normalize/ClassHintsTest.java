package articleflow.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ClassHintsTest {

    // Readability's regexes as ClassHints used them before NameParts: the reference its answers must equal
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends"
                    + "|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break"
                    + "|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent|paywall|subscribe|promo"
                    + "|share|sharing|outbrain|taboola|recirc|most-popular|trending|gallery|slideshow|carousel|caption"
                    + "|disclaimer|author|news-letter|optin|opt-in|two-click");
    private static final Pattern NEVER_ARTICLE = Pattern.compile(
            "related|newsletter|news-letter|disclaimer|recirc|outbrain|taboola");
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|post-text|embed");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
                    + "|tool|widget|newsletter|byline|author|caption|credit|recirc|taboola|social|subscribe");

    private static boolean referenceUnlikely(String s) {
        return !s.isEmpty() && UNLIKELY.matcher(s).find() && (!MAYBE.matcher(s).find() || NEVER_ARTICLE.matcher(s).find());
    }

    private static int referenceWeight(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        return (NEGATIVE.matcher(s).find() ? -25 : 0) + (POSITIVE.matcher(s).find() ? 25 : 0);
    }

    @Test
    void shouldJudgeTypicalNamesAsReadabilityDoes() {
        assertTrue(ClassHints.isUnlikely("sidebar-widget "));
        assertTrue(ClassHints.isUnlikely("related-stories "), "related wins over story");
        assertFalse(ClassHints.isUnlikely("comment-body "), "a body may be the article's");
        assertFalse(ClassHints.isUnlikely("article-text "));
        assertEquals(25, ClassHints.weight("entry-content main"));
        assertEquals(-25, ClassHints.weight("site-footer "));
        assertEquals(0, ClassHints.weight("post-footer "), "negative and positive cancel");
    }

    @Test
    void shouldReadHidOnlyAsAWholeClass() {
        assertEquals(-25, ClassHints.weight("hid"));
        assertEquals(-25, ClassHints.weight("x hid"));
        assertEquals(-25, ClassHints.weight("hid x"));
        assertEquals(-25, ClassHints.weight("x hid y"));
        assertEquals(-25, ClassHints.weight("x hid\n"), "a regex $ also matches before a final line break");
        assertEquals(0, ClassHints.weight("x hid\n\n"));
        assertEquals(0, ClassHints.weight("x-hid y"));
        assertEquals(0, ClassHints.weight("hide-x"));
        assertEquals(0, ClassHints.weight("chid"));
    }

    @Test
    void shouldAnswerAsTheRegexesDidOnLongUtilityClassNames() {
        String tailwind = "flex flex-col items-center justify-between gap-4 px-4 py-2 md:flex-row lg:px-8 "
                + "text-sm font-medium leading-6 text-gray-900 hover:text-gray-700 focus:outline-none sidebar";
        assertEquals(referenceUnlikely(tailwind), ClassHints.isUnlikely(tailwind));
        assertEquals(referenceWeight(tailwind), ClassHints.weight(tailwind));
    }

    @Test
    void shouldAnswerAsTheRegexesDidOnRandomNames() {
        String[] pieces = {"hid", "hidden", "-ad-", "ad", "-", " ", "\n", "\r\n", "com", "com-", "comment", "main",
            "article", "story", "related", "foot", "er", "post", "text", "share", "menu", "x", "é", "İ", "body", "tags",
            "news", "letter", "opt", "in", "two-click", "h-entry", "page", "r", "ss", "ai2html", "and"};
        Random random = new Random(42);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String name = s.toString();
            assertEquals(referenceUnlikely(name), ClassHints.isUnlikely(name), name);
            assertEquals(referenceWeight(name), ClassHints.weight(name), name);
        }
    }
}
