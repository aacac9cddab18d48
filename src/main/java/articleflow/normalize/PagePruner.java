package articleflow.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeFilter;

/**
 * Removes what a reader never sees as the article: scripts and styles, navigation, headers and
 * footers, sidebars, forms, embedded frames, comments, hidden elements, and elements whose
 * class, id or role name them as boilerplate.
 */
final class PagePruner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "iframe", "template", "svg", "canvas", "object", "embed", "button",
            "select", "textarea", "input", "menu", "dialog", "link", "meta",
            // captions and credits describe pictures, which the text does not carry
            "figcaption", "picture", "video", "audio");
    /** The page's frame around the article; but a page may forget to close one, which then wraps everything. */
    private static final Set<String> FRAME = Set.of("nav", "aside", "footer", "header");
    /** A frame element holding more than this share of the page's text is a wrapper, not a frame. */
    private static final double MAX_FRAME_SHARE = 0.5;
    /** noscript usually holds a tracking pixel or "enable JavaScript"; this much text is the page's static copy. */
    private static final int MIN_NOSCRIPT_PROSE = 200;
    private static final Set<String> BOILERPLATE_ROLES = Set.of(
            "navigation", "menu", "menubar", "complementary", "banner", "contentinfo", "alert", "alertdialog", "dialog",
            "search");
    private static final Evaluator ARTICLE_MARKUP = QueryParser.parse("article, main, h1, [itemprop=articleBody]");
    /** Forms hold comment boxes and search fields, but some sites wrap the whole page in one. */
    private static final int MAX_FORM_TEXT = 500;

    /**
     * Removes the furniture from {@code root} in place; {@code byName} also removes elements whose
     * class or id names them as boilerplate, which a few sites' naming defeats (a "pagerow" is not a pager).
     */
    void prune(Element root, boolean byName) {
        List<Node> doomed = new ArrayList<>();
        int[] rootChars = {-1};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element element && element != root && isFurniture(element, byName, root, rootChars)) {
                    doomed.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Node node : doomed) {
            node.remove();
        }
    }

    private boolean isFurniture(Element element, boolean byName, Element root, int[] rootChars) {
        String tag = element.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        if (FRAME.contains(tag)) {
            if (tag.equals("header") && isInsideArticle(element, root)) {
                // an article's own header holds its headline and lede (whatever "header" its class says);
                // bylines and share bars in it go by name below
                return byName && ClassHints.isUnlikely(ClassHints.classAndId(element).replace("header", ""));
            }
            if (rootChars[0] < 0) {
                rootChars[0] = textLength(root, Integer.MAX_VALUE);
            }
            int share = (int) (rootChars[0] * MAX_FRAME_SHARE);
            return textLength(element, share + 1) <= share;
        }
        if (tag.equals("noscript")) {
            return textLength(element, MIN_NOSCRIPT_PROSE) < MIN_NOSCRIPT_PROSE;
        }
        if (tag.equals("figure")) {
            // a figure is a picture and its caption, unless it holds a table: then it is a table with a caption
            return element.selectFirst("table") == null;
        }
        if (tag.equals("form")) {
            return textLength(element, MAX_FORM_TEXT) < MAX_FORM_TEXT;
        }
        if (isHidden(element)) {
            return true;
        }
        String role = element.attr("role");
        if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")
                || tag.equals("td") || tag.equals("th") || tag.equals("tr") || tag.equals("tbody") || tag.equals("table")) {
            return false;
        }
        return byName && ClassHints.isUnlikely(ClassHints.classAndId(element)) && !holdsArticle(element);
    }

    /**
     * About as many characters as {@code element.text()} would have (runs of whitespace count once), counted up to
     * {@code limit} only and without building the text: pruning asks this of large elements.
     */
    static int textLength(Element element, int limit) {
        int[] count = {0};
        boolean[] space = {true};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String s = text.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        boolean isSpace = TextCleaner.isSpace(s.charAt(i));
                        if (!isSpace || !space[0]) {
                            count[0]++;
                        }
                        space[0] = isSpace;
                    }
                    if (count[0] >= limit) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return count[0];
    }

    private static boolean isInsideArticle(Element element, Element root) {
        for (Element e = element.parent(); e != null && e != root; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main")) {
                return true;
            }
        }
        return false;
    }

    /** A boilerplate-named wrapper around the article's own markup is a layout accident, not boilerplate. */
    private static boolean holdsArticle(Element element) {
        return element.selectFirst(ARTICLE_MARKUP) != null;
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
