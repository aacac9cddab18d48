package articleflow.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /** A caption is as long as a sentence or two; longer text beside a picture is the article's. */
    private static final int MAX_CAPTION_CHARS = 250;
    /** An alt text this short ("Foto", "Logo") says nothing about which text is its caption. */
    private static final int MIN_DESCRIPTION_WORDS = 3;
    /** A caption sits beside its picture: they share an ancestor at most this many levels up from either. */
    private static final int CAPTION_REACH = 3;
    /** Inline elements a caption's text may sit in beside its picture. */
    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "small", "sub", "sup",
            "br", "img", "font", "cite", "time", "u");

    /**
     * Removes the furniture from {@code root} in place; {@code byName} also removes elements whose
     * class or id names them as boilerplate, which a few sites' naming defeats (a "pagerow" is not a pager).
     */
    void prune(Element root, boolean byName) {
        List<Node> doomed = new ArrayList<>();
        // nothing is removed until the walk is over, so the page's length is read once for every frame in it
        PageLength pageLength = new PageLength(root);
        Map<String, Set<Element>> described = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("img")) {
                        describe(element, described);
                    } else if (tag.equals("picture")) {
                        element.getElementsByTag("img").forEach(img -> describe(img, described));
                    }
                }
                if (node instanceof Element element && element != root && isFurniture(element, byName, root, pageLength)) {
                    doomed.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Node node : doomed) {
            node.remove();
        }
        pruneCaptions(root, described);
    }

    /**
     * Notes what an image's alt and title say it shows, when they say enough to recognise its caption, with the
     * elements around the image where that caption may be.
     */
    private static void describe(Element img, Map<String, Set<Element>> described) {
        for (String attribute : new String[] {"alt", "title"}) {
            String key = KnownFurniture.key(img.attr(attribute));
            if (wordCount(key) >= MIN_DESCRIPTION_WORDS) {
                Set<Element> near = described.computeIfAbsent(key, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
                Element e = img.parent();
                for (int level = 0; level < CAPTION_REACH && e != null; level++, e = e.parent()) {
                    near.add(e);
                }
            }
        }
    }

    private static boolean isNear(Element element, Set<Element> near) {
        Element e = element.parent();
        for (int level = 0; level < CAPTION_REACH && e != null; level++, e = e.parent()) {
            if (near.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes captions left outside {@code figure}: short text that repeats what an image's alt or title says it shows,
     * and a short run of inline text that a picture opens ({@code <p><img><br><em>Figure 4: …</em></p>}).
     */
    private static void pruneCaptions(Element root, Map<String, Set<Element>> described) {
        List<Element> doomed = new ArrayList<>();
        for (Element img : root.getElementsByTag("img")) {
            Element box = captionBox(img, root);
            if (box != null) {
                doomed.add(box);
            }
        }
        if (!described.isEmpty()) {
            for (Element element : root.getAllElements()) {
                String tag = element.normalName();
                if (element == root || tag.equals("a") || isHeading(tag)
                        || !hasOwnText(element)
                        || textLength(element, MAX_CAPTION_CHARS + 1) > MAX_CAPTION_CHARS) {
                    continue;
                }
                Set<Element> near = described.get(KnownFurniture.key(element.text()));
                if (near != null && isNear(element, near)) {
                    doomed.add(element);
                }
            }
        }
        for (Element element : doomed) {
            element.remove();
        }
    }

    /**
     * The block a picture opens when the rest of it is a short caption in inline markup, else null: the picture comes
     * before any of the block's text, and the block holds no paragraph, list or heading of its own.
     */
    private static Element captionBox(Element img, Element root) {
        Element box = img.parent();
        while (box != null && box != root && INLINE.contains(box.normalName())) {
            box = box.parent();
        }
        if (box == null || box == root || !(box.normalName().equals("p") || box.normalName().equals("div"))) {
            return null;
        }
        for (Element e : box.getAllElements()) {
            if (e != box && !INLINE.contains(e.normalName())) {
                return null;
            }
        }
        if (hasOwnText(box)) {
            // text straight after the picture, not set apart in markup of its own, is a paragraph it illustrates
            return null;
        }
        int chars = textLength(box, MAX_CAPTION_CHARS + 1);
        if (chars == 0 || chars > MAX_CAPTION_CHARS) {
            return null;
        }
        boolean[] textFirst = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == img) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode text && !text.isBlank()) {
                    textFirst[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, box);
        return textFirst[0] ? null : box;
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean hasOwnText(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(String key) {
        return key.isEmpty() ? 0 : (int) key.chars().filter(c -> c == ' ').count() + 1;
    }

    private boolean isFurniture(Element element, boolean byName, Element root, PageLength pageLength) {
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
            // at most its share of the page: the page is read only as far as it takes to tell, which for the usual
            // small frame is its first lines
            return pageLength.atLeast((int) Math.ceil(textLength(element, Integer.MAX_VALUE) / MAX_FRAME_SHARE));
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
                    count[0] += TextCleaner.collapsedLength(s, space[0]);
                    space[0] = TextCleaner.endsInSpace(s, space[0]);
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
