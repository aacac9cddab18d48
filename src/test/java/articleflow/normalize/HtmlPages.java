package articleflow.normalize;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Bodies for fuzzing normalize: plain text with the characters that break text handling, and HTML from a small
 * grammar of what pages hold and what breaks parsers: scripts, styles, frames, noscript and template, event
 * handlers and {@code javascript:}/{@code data:} urls, unclosed and mis-nested tags, stray brackets, entities
 * escaped once and twice, very long words, right-to-left and combining text, emoji.
 */
final class HtmlPages {

    /** Whether text may carry markup written as text: entities that decode to a tag, raw-text elements. */
    enum Escapes { NONE, ALLOWED }

    private static final List<String> TAGS = List.of(
            "p", "div", "span", "a", "b", "i", "em", "strong", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td",
            "th", "article", "main", "section", "nav", "header", "footer", "aside", "form", "pre", "code",
            "blockquote", "figure", "figcaption", "label", "button", "select", "option", "center", "font", "x-widget",
            "P", "DiV", "svg", "math", "details", "summary", "dialog", "menu", "address", "picture", "video");
    /** Elements whose content is never the article: pruned, or never parsed as markup. */
    private static final List<String> HIDDEN_TAGS = List.of(
            "script", "style", "iframe", "noscript", "template", "SCRIPT", "object", "embed", "canvas");
    /** Elements whose content the parser keeps as raw text, so tags inside them come out as text. */
    private static final List<String> RAW_TEXT_TAGS = List.of(
            "title", "textarea", "xmp", "plaintext", "noembed", "noframes");
    private static final List<String> VOID_TAGS = List.of(
            "<br>", "<br/>", "<BR>", "<hr>", "<img src=\"x.png\" alt=\"a picture\">", "<img src=x onerror=alert(1)>",
            "<input value=\"<b>\">", "<wbr>", "<meta charset=utf-8>", "<link rel=stylesheet href=x.css>");
    private static final List<String> ATTRIBUTES = List.of(
            "class=\"content\"", "class=\"article-body\"", "class=\"sidebar related\"", "class=\"share-buttons\"",
            "id=\"main\"", "id=\"comments\"", "style=\"display:none\"", "style=\"visibility: hidden\"", "hidden",
            "aria-hidden=\"true\"", "role=\"navigation\"", "role=\"main\"", "onclick=\"alert(1)\"",
            "onmouseover='steal()'", "onload=alert(document.cookie)", "href=\"javascript:alert(1)\"",
            "href=\"JaVaScRiPt:void(0)\"", "href=\"https://h.example/a\"", "src=\"data:text/html,<script>alert(1)</script>\"",
            "src=\"data:image/png;base64,iVBORw0KGgo=\"", "title=\"<b>bold</b>\"", "alt='quote \" inside'",
            "data-x=unquoted", "itemprop=\"articleBody\"", "dir=\"rtl\"", "lang=\"ar\"", "x=\"&lt;p&gt;\"", "=\"\"");
    private static final List<String> ODDITIES = List.of(
            "<", ">", "< p>", "<p", "</p>", "</div>", "</>", "<a href='x", "<3", "a<b", "x > y", "1 < 2 > 0",
            "<!---->", "<!-- a comment -->", "<!-- unclosed comment", "<![CDATA[ plain ]]>", "<?xml version=\"1.0\"?>",
            "<!DOCTYPE html>", "<!doctype>", "</br>", "<p/>", "<<p>>", "<scr<script>ipt>", "<b><i>mis</b>nested</i>",
            "<table><p>para in table</table>", "<li>stray item", "<td>stray cell", "<body><body>", "</html>x");
    /** Entities escaped once, that decode to text, and twice, that still show entities or tags after parsing. */
    private static final List<String> ENTITIES = List.of(
            "&amp;", "&nbsp;", "&eacute;", "&mdash;", "&hellip;", "&quot;", "&#39;", "&#0;", "&#7;", "&#x85;",
            "&#150;", "&#x202E;", "&#x200B;", "&#128512;", "&#x1F600;", "&#xFEFF;", "&#1114112;", "&#x110000;",
            "&unknown;", "&amp", "&#", "&#x;", "&;", "&amp;amp;", "&amp;nbsp;", "&amp;#233;", "&amp;quot;");
    /**
     * Markup written as text: once escaped it decodes to a tag, which is a page about HTML, or an escaping bug; in a
     * CDATA section the parser keeps it as text too.
     */
    private static final List<String> ESCAPED_MARKUP = List.of(
            "&lt;b&gt;bold&lt;/b&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;p&#62;", "&lt;!-- c --&gt;",
            "&amp;lt;b&amp;gt;twice&amp;lt;/b&amp;gt;", "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;",
            "&lt;br/&gt;", "&#x3C;img src=x onerror=alert(1)&#x3E;", "<![CDATA[ <b>x</b> ]]>");
    /** Surrogate code points as character references: no character has them, the parser still decodes some. */
    private static final List<String> SURROGATE_REFERENCES = List.of("&#xD800;", "&#55296;", "&#xDFFF;", "&#xDC00;");

    private HtmlPages() {
    }

    // ---- plain text ---------------------------------------------------------------------------------------

    /** Plain text: any characters at all, or lines of words with the characters that break text handling. */
    static Arbitrary<String> plainText() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(400)),
                Tuple.of(4, Combinators.combine(words().list().ofMaxSize(60),
                        Arbitraries.of(" ", "\n", "\n\n", "\r\n", "\t", "  ", "\u00A0", "\u2028", "\u0085").list().ofMaxSize(60))
                        .as(HtmlPages::interleave)),
                Tuple.of(1, longWords()));
    }

    /** Words and the characters between words that a normalizer must survive. */
    static Arbitrary<String> words() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)),
                Tuple.of(3, Arbitraries.of("The", "council", "met", "on", "Tuesday.", "It", "approved,", "budget", "—",
                        "\"quoted\"", "(aside)", "3.5%", "U.S.", "e.g.", "Share", "Read more", "Previous Article")),
                Tuple.of(2, Arbitraries.of("\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\u202Eevil\u202C",
                        "\u200F\u05D0\u200E", "e\u0301", "e\u200B\u0301", "Z\u0351\u0352\u0353\u0354\u0355",
                        "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD83C\uDDFA\uD83C\uDDE6", "\uD83D\uDE00", "\uFE0F", "\u00AD",
                        "\uFEFFbom", "\u4E2D\u6587", "\u0915\u094D\u0937", "\u2126", "\uFB01", "A\u030A")),
                Tuple.of(1, Arbitraries.of("\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009F", "\r", "\u000B",
                        "\f", "\uD800", "\uDFFF", "\uDBFF\uDBFF", "\uFFFD", "\uFFFF", "\uE000")),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6)));
    }

    /** A word far longer than any line: thousands of letters, or an emoji repeated. */
    static Arbitrary<String> longWords() {
        return Combinators.combine(Arbitraries.of("x", "\u00E9", "\uD83D\uDE00", "ab\u0301"),
                Arbitraries.integers().between(1_000, 30_000)).as((unit, times) -> unit.repeat(times / unit.length()));
    }

    // ---- HTML ---------------------------------------------------------------------------------------------

    /** A page: a fragment, or a document with a head and a title, from the grammar below. */
    static Arbitrary<String> pages(Escapes escapes) {
        Arbitrary<String> content = nodes(4, escapes).list().ofMaxSize(8).map(list -> String.join("", list));
        return Arbitraries.frequencyOf(
                Tuple.of(3, content),
                Tuple.of(2, Combinators.combine(text(escapes), content).as((title, body) ->
                        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                                + "<script>var x = '<p>not text</p>';</script><style>p{color:red}</style></head><body>"
                                + body + "</body></html>")),
                Tuple.of(1, Combinators.combine(content, longWords()).as((body, word) -> body + "<p>" + word + "</p>")),
                // many paragraphs, so that the article-finding has something to weigh
                Tuple.of(1, Combinators.combine(text(escapes).list().ofMinSize(10).ofMaxSize(200), content)
                        .as((paragraphs, body) -> "<article><h1>Title</h1><p>" + String.join("</p><p>", paragraphs)
                                + "</p></article>" + body)));
    }

    private static Arbitrary<String> nodes(int depth, Escapes escapes) {
        Arbitrary<String> leaf = Arbitraries.frequencyOf(
                Tuple.of(8, text(escapes)),
                Tuple.of(2, Arbitraries.of(VOID_TAGS)),
                Tuple.of(2, Arbitraries.of(ODDITIES)),
                Tuple.of(1, hiddenElement(escapes)));
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<String> children = nodes(depth - 1, escapes).list().ofMaxSize(4).map(list -> String.join("", list));
        Arbitrary<String> element = Combinators.combine(tags(escapes), attributes(escapes).list().ofMaxSize(3),
                children, Arbitraries.integers().between(0, 9)).as((tag, attributes, inner, closing) -> {
                    String open = "<" + tag + (attributes.isEmpty() ? "" : " " + String.join(" ", attributes)) + ">";
                    return switch (closing) {
                        case 0 -> open + inner; // never closed
                        case 1 -> open + inner + "</" + (tag.equals("div") ? "span" : "div") + ">"; // closed wrongly
                        case 2 -> "<" + tag + "/>" + inner; // self-closed where HTML has no such thing
                        default -> open + inner + "</" + tag + ">";
                    };
                });
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(2, element));
    }

    /**
     * Attributes; where markup as text is not allowed, none whose value holds markup or an escaped bracket: an
     * unclosed script that ends inside such a value turns the rest of the tag into text.
     */
    private static Arbitrary<String> attributes(Escapes escapes) {
        return escapes == Escapes.ALLOWED ? Arbitraries.of(ATTRIBUTES)
                : Arbitraries.of(ATTRIBUTES.stream().filter(attribute -> !attribute.contains("<") && !attribute.contains("&lt;"))
                        .toList());
    }

    private static Arbitrary<String> tags(Escapes escapes) {
        return escapes == Escapes.ALLOWED
                ? Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(TAGS)), Tuple.of(1, Arbitraries.of(RAW_TEXT_TAGS)))
                : Arbitraries.of(TAGS);
    }

    /** Elements a reader never sees (or, where allowed, raw-text ones), holding what looks like markup and text. */
    private static Arbitrary<String> hiddenElement(Escapes escapes) {
        Arbitrary<String> tags = escapes == Escapes.ALLOWED
                ? Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(HIDDEN_TAGS)), Tuple.of(1, Arbitraries.of(RAW_TEXT_TAGS)))
                : Arbitraries.of(HIDDEN_TAGS);
        return Combinators.combine(tags, text(escapes), Arbitraries.of(true, false))
                .as((tag, inner, closed) -> "<" + tag + ">" + "<p>" + inner + "</p></b>" + (closed ? "</" + tag + ">" : ""));
    }

    /** A run of text between tags: words, entities, and where allowed markup written as text. */
    static Arbitrary<String> text(Escapes escapes) {
        Arbitrary<String> piece = escapes == Escapes.ALLOWED
                ? Arbitraries.frequencyOf(Tuple.of(12, words()), Tuple.of(2, Arbitraries.of(ENTITIES)),
                        Tuple.of(1, Arbitraries.of(ESCAPED_MARKUP)), Tuple.of(1, Arbitraries.of(SURROGATE_REFERENCES)))
                : Arbitraries.frequencyOf(Tuple.of(12, words().filter(HtmlPages::hasNoMarkupOrSurrogates)),
                        Tuple.of(2, Arbitraries.of(ENTITIES)));
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(30), Arbitraries.of(" ", "\n", "  ", "\t", "")
                .list().ofMaxSize(30)).as(HtmlPages::interleave);
    }

    /** Words from which no tag and no lone surrogate can come, however they meet. */
    private static boolean hasNoMarkupOrSurrogates(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '<' || c == '>' || c == '&' || Character.isSurrogate(c) && !isPaired(word, i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String interleave(List<String> pieces, List<String> gaps) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            out.append(pieces.get(i));
            out.append(gaps.isEmpty() ? " " : gaps.get(i % gaps.size()));
        }
        return out.toString();
    }
}
