package articleflow.normalize;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts from a page, before it is parsed, the markup whose content the extraction never reads but the parser would
 * still build nodes for: comments, scripts (but JSON-LD, which {@link StructuredArticle} reads), styles and inline
 * SVG. On news pages these are about half of the characters. Pruning would remove them all after parsing anyway.
 *
 * <p>The scan follows the HTML tokenizer from tag to tag, so it cuts only what the parser would read as that markup.
 * Wherever the page leaves doubt (a comment inside a script, a tag it cannot read to its end, markup that would
 * leave an SVG, an element left open), it stops cutting and keeps the rest of the page as it is: the parser then
 * sees exactly the page's own markup there.
 */
final class InertMarkup {

    /** Elements whose content the tokenizer reads as text, kept verbatim: a comment inside one is not a comment. */
    private static final Set<String> TEXT_ELEMENTS = Set.of(
            "title", "textarea", "noscript", "xmp", "iframe", "noembed", "noframes");
    /** Inside those, what would make the parser read the content as something else than this scan does. */
    private static final String[] TEXT_ELEMENT_DOUBTS = {"<!--", "<script", "<style", "<svg", "<math", "<textarea",
        "<title", "<plaintext", "<xmp", "<iframe", "<noscript", "<noembed", "<noframes"};
    /** SVG elements common in icons; any other tag inside an SVG (say a {@code <p>}, which leaves it) stops the cut. */
    private static final Set<String> SVG_ELEMENTS = Set.of(
            "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "defs", "use", "symbol",
            "title", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "text", "tspan", "filter",
            "feblend", "fecolormatrix", "fecomposite", "fedropshadow", "feflood", "fegaussianblur", "feoffset", "femerge",
            "femergenode", "image", "marker");

    private InertMarkup() {
    }

    /** The page without its inert markup; the page itself when there is none to cut. */
    static String strip(String html) {
        StringBuilder out = null;
        // html[copied, i) is still to be copied to out
        int copied = 0;
        boolean[] selfClosing = new boolean[1];
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < html.length()) {
            int cut = -1;
            int next;
            char c = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                next = commentEnd(html, i);
                cut = next;
            } else if (html.startsWith("<![", i)) {
                // the parser reads CDATA outside SVG and MathML its own way
                break;
            } else if (c == '!' || c == '?' || c == '/' && !isAsciiLetter(charAt(html, i + 2))) {
                // a doctype or bogus comment runs to the next '>'
                next = html.indexOf('>', i);
                next = next < 0 ? -1 : next + 1;
            } else if (c == '/' || isAsciiLetter(c)) {
                int nameStart = c == '/' ? i + 2 : i + 1;
                int end = tagEnd(html, nameStart, selfClosing);
                if (end < 0) {
                    break;
                }
                String name = c == '/' ? "" : tagName(html, nameStart);
                switch (name) {
                    case "script" -> {
                        // "<!--" inside a script puts the tokenizer in states where "</script>" may not end it
                        next = rawTextEnd(html, "script", end + 1);
                        next = next < 0 || containsComment(html, end + 1, next) ? -1 : next;
                        // JSON-LD may hold the article's body, which is read from it after parsing
                        cut = regionContainsIgnoreCase(html, i, end, "ld+json") ? -1 : next;
                    }
                    case "style" -> {
                        next = rawTextEnd(html, "style", end + 1);
                        cut = next;
                    }
                    case "svg" -> {
                        next = selfClosing[0] ? end + 1 : svgEnd(html, end + 1, selfClosing);
                        cut = next;
                    }
                    case "math", "plaintext" -> next = -1;
                    default -> next = TEXT_ELEMENTS.contains(name) ? textElementEnd(html, name, end + 1) : end + 1;
                }
            } else {
                // a '<' that opens no tag is text
                next = i + 1;
            }
            if (next < 0) {
                break;
            }
            if (cut > 0 && canJoin(html, i)) {
                if (out == null) {
                    out = new StringBuilder(html.length());
                }
                out.append(html, copied, i);
                copied = cut;
            }
            i = html.indexOf('<', next);
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /**
     * Removing text between two others joins them: safe unless what comes before could run on into what comes after,
     * as a '&lt;' could open a tag or an '&amp;' a character reference, or a '\r' pair with a '\n'.
     */
    private static boolean canJoin(String html, int at) {
        if (at == 0) {
            return true;
        }
        char before = html.charAt(at - 1);
        if (before == '<' || before == '\r') {
            return false;
        }
        for (int k = at - 1; k >= 0; k--) {
            char c = html.charAt(k);
            if (c == '&') {
                return false;
            }
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '#')) {
                return true;
            }
        }
        return true;
    }

    /** After a comment that starts at {@code start}; -1 when it is not closed or ends in a way this scan avoids. */
    private static int commentEnd(String html, int start) {
        int body = start + 4;
        if (html.startsWith(">", body)) {
            return body + 1;
        }
        if (html.startsWith("->", body)) {
            return body + 2;
        }
        int end = html.indexOf("-->", body);
        if (end < 0) {
            return -1;
        }
        return indexOf(html, "--!", body, end) >= 0 ? -1 : end + 3;
    }

    /**
     * The index of the '>' that ends the tag whose name starts at {@code nameStart}, -1 if the scan is in doubt;
     * {@code selfClosing[0]} tells whether it ends in "/>" (a '/' ending an unquoted value does not count).
     */
    private static int tagEnd(String html, int nameStart, boolean[] selfClosing) {
        selfClosing[0] = false;
        int i = nameStart;
        int n = html.length();
        while (i < n && !isTagSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
            if (html.charAt(i) == '<') {
                return -1;
            }
            i++;
        }
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '<' || c == '"' || c == '\'') {
                return -1;
            }
            selfClosing[0] = c == '/';
            if (isTagSpace(c) || c == '/') {
                i++;
                continue;
            }
            // an attribute name (a first '=' belongs to it), then maybe '=' and a value
            i++;
            while (i < n && !isTagSpace(html.charAt(i)) && "/>=<\"'".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'' || html.charAt(i) == '<')) {
                return -1;
            }
            while (i < n && isTagSpace(html.charAt(i))) {
                i++;
            }
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && isTagSpace(html.charAt(i))) {
                    i++;
                }
                if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    int close = html.indexOf(html.charAt(i), i + 1);
                    if (close < 0) {
                        return -1;
                    }
                    i = close + 1;
                } else {
                    while (i < n && !isTagSpace(html.charAt(i)) && html.charAt(i) != '>') {
                        if ("<\"'`=".indexOf(html.charAt(i)) >= 0) {
                            return -1;
                        }
                        i++;
                    }
                }
            }
        }
        return -1;
    }

    private static String tagName(String html, int nameStart) {
        int i = nameStart;
        while (i < html.length() && !isTagSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
            i++;
        }
        return html.substring(nameStart, i).toLowerCase(Locale.ROOT);
    }

    /** After the end tag {@code </name>} that ends raw text starting at {@code from}; -1 when there is none. */
    private static int rawTextEnd(String html, String name, int from) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            int after = i + 2 + name.length();
            if (html.regionMatches(true, i + 2, name, 0, name.length()) && after < html.length()
                    && (isTagSpace(html.charAt(after)) || html.charAt(after) == '/' || html.charAt(after) == '>')) {
                int end = tagEnd(html, i + 2, new boolean[1]);
                return end < 0 ? -1 : end + 1;
            }
        }
        return -1;
    }

    /** After a text element's end tag, or -1 when its content holds what could make the parser read it otherwise. */
    private static int textElementEnd(String html, String name, int from) {
        int end = rawTextEnd(html, name, from);
        if (end < 0) {
            return -1;
        }
        for (String doubt : TEXT_ELEMENT_DOUBTS) {
            if (regionContainsIgnoreCase(html, from, end, doubt)) {
                return -1;
            }
        }
        return end;
    }

    /** After the {@code </svg>} that closes an SVG whose content starts at {@code from}; -1 when in doubt. */
    private static int svgEnd(String html, int from, boolean[] selfClosing) {
        Deque<String> open = new ArrayDeque<>();
        open.push("svg");
        for (int i = html.indexOf('<', from); i >= 0; ) {
            if (html.startsWith("<!--", i)) {
                int end = commentEnd(html, i);
                if (end < 0) {
                    return -1;
                }
                i = html.indexOf('<', end);
                continue;
            }
            char c = charAt(html, i + 1);
            boolean endTag = c == '/';
            if (!(endTag ? isAsciiLetter(charAt(html, i + 2)) : isAsciiLetter(c))) {
                // CDATA, bogus comments and stray '<' are read differently inside SVG: not worth the doubt
                return -1;
            }
            int nameStart = endTag ? i + 2 : i + 1;
            int end = tagEnd(html, nameStart, selfClosing);
            if (end < 0) {
                return -1;
            }
            String name = tagName(html, nameStart);
            if (!SVG_ELEMENTS.contains(name)) {
                return -1;
            }
            if (endTag) {
                if (!open.pop().equals(name)) {
                    return -1;
                }
                if (open.isEmpty()) {
                    return end + 1;
                }
            } else if (!selfClosing[0]) {
                open.push(name);
            }
            i = html.indexOf('<', end + 1);
        }
        return -1;
    }

    private static boolean containsComment(String html, int from, int to) {
        return indexOf(html, "<!--", from, to) >= 0;
    }

    /** Where {@code needle} first occurs within [from, to), or -1: bounded, as a page holds many regions to search. */
    private static int indexOf(String html, String needle, int from, int to) {
        char first = needle.charAt(0);
        for (int at = html.indexOf(first, from); at >= 0 && at + needle.length() <= to; at = html.indexOf(first, at + 1)) {
            if (html.startsWith(needle, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean regionContainsIgnoreCase(String html, int from, int to, String needle) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    private static char charAt(String html, int i) {
        return i < html.length() ? html.charAt(i) : '\0';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isTagSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
