package articleflow.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import articleflow.model.ContentType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

class InertMarkupTest {

    @Test
    void shouldCutCommentsScriptsStylesAndSvg() {
        assertEquals("<p>ab</p><p>c</p>",
                InertMarkup.strip("<p>a<!-- ad slot -->b</p><script>if (a < b) x();</script><style>p > a {}</style>"
                        + "<p>c<svg viewBox=\"0 0 8 8\"><title>Share</title><g><path d=\"M0 0\"/></g></svg></p>"));
    }

    @Test
    void shouldKeepJsonLdWhereTheArticleBodyMayBe() {
        String page = "<script type=\"application/ld+json\">{\"articleBody\": \"<!-- not a comment -->\"}</script><p>x</p>";
        assertSame(page, InertMarkup.strip(page));
    }

    @Test
    void shouldKeepWhatTheParserReadsAsText() {
        String page = "<title>A <!-- b --> c</title><textarea><script>x</script></textarea>"
                + "<a title=\"<!-- not a comment -->\">link</a>";
        assertSame(page, InertMarkup.strip(page));
        assertEquals("<a title=\"<script>\">a</a>b", InertMarkup.strip("<a title=\"<script>\">a</a><!-- c -->b"));
    }

    @Test
    void shouldStopCuttingWhereThePageLeavesDoubt() {
        // "<!--" inside a script can make "</script>" not end it
        String escaped = "<script><!-- document.write('<script>x</script>') --></script><p>a<!-- c --></p>";
        assertSame(escaped, InertMarkup.strip(escaped));
        // a <p> leaves the SVG: its text is the page's
        String leaving = "<svg><p>text</p></svg><!-- c -->";
        assertSame(leaving, InertMarkup.strip(leaving));
        String unclosed = "<p>a</p><script>var x = 1;";
        assertSame(unclosed, InertMarkup.strip(unclosed));
        // cutting here would make "<" and "div>" a tag, or "&amp" and ";" an entity
        String joining = "1 <<!-- -->div> &amp<!-- -->;";
        assertSame(joining, InertMarkup.strip(joining));
    }

    @Test
    void shouldExtractAPageWithScriptsJsonLdAndCommentsAsWithoutThem() {
        String prose = "The harbour ferry went back into service on Tuesday after four months in dry dock, the port "
                + "authority said, and engineers replaced both engines, which will cut fuel use by a third. ";
        String plain = "<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>"
                + "<p>" + prose + "</p><p>" + prose + prose + "</p><noscript><p>" + prose + prose + "</p></noscript>"
                + "</article></body></html>";
        String busy = plain
                .replace("<head>", "<head><script>window.dataLayer = [];</script><style>p { margin: 0 }</style>"
                        + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"x\"}</script>")
                .replace("<h1>", "<!-- headline --><svg width=\"8\"><path d=\"M0 0\"/></svg><h1>")
                .replace("</article>", "<script>if (a < b) { render('<p>teaser</p>'); }</script></article>");
        Normalizer normalizer = new Normalizer();
        assertEquals(normalizer.normalize(null, plain, ContentType.HTML),
                normalizer.normalize(null, busy, ContentType.HTML));
    }

    @Test
    void shouldStillReadTheArticleBodyFromJsonLd() {
        String body = "The harbour ferry went back into service on Tuesday after four months in dry dock. ".repeat(12);
        String page = "<html><head><script>var a = '</p>';</script><script type=\"application/ld+json\">"
                + "{\"@type\": \"NewsArticle\", \"articleBody\": \"" + body + "\"}</script></head>"
                + "<body><div id=\"app\"><!-- rendered by script --></div></body></html>";
        NormalizedText text = new Normalizer().normalize(null, page, ContentType.HTML);
        assertEquals(body.strip(), text.text());
    }

    /** What the parser builds from the cut page is what it builds from the whole page, less the inert nodes. */
    @Test
    void shouldParseToTheSameTreeLessTheInertNodes() {
        String[] pieces = {"<p>", "</p>", "text", " ", "\n", "\r", "<!-- c -->", "<!-->", "<!--->", "<!-- a --!> b -->",
            "<script>var a = 1 < 2;</script>", "<script type=\"application/ld+json\">{\"a\": \"</p>\"}</script>",
            "<script><!-- x --></script>", "<script>", "</script>", "</script >", "<SCRIPT>x</SCRIPT>",
            "<style>p > a {}</style>", "<style>", "<svg><path d=\"M0\"/></svg>", "<svg><p>x</svg>", "<svg/>",
            "<svg a=b/>", "<svg><title>t</title><g><path/></g></svg>", "</svg>", "<title>t<!--x--></title>",
            "<textarea><!--x--></textarea>", "<noscript><p>n</p><!-- n --></noscript>", "<", "&", "&amp", ";", "<<",
            "</", ">", "\"", "'", "=", "<a title=\"<!--\">", "<a title='<script>'>", "</a>", "<div>", "</div>",
            "<table>", "<tr><td>", "</table>", "<![CDATA[x]]>", "<math><mi>x</mi></math>", "<template><p>t</p></template>",
            "<iframe>f</iframe>", "<b>", "</b>", "<br>", "<img alt=x>", "<!DOCTYPE html>", "<?php x ?>", "</ script>",
            "<head>", "<body>", "</body>", "</html>", "<select><option>o</select>", "<plaintext>", "<a href=x/>",
            "<p/>", "<div class=\"a\" / id=b>"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder page = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                page.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = page.toString();
            assertEquals(withoutInertNodes(Jsoup.parse(html)), withoutInertNodes(Jsoup.parse(InertMarkup.strip(html))),
                    html);
        }
    }

    private static String withoutInertNodes(Document doc) {
        List<Node> inert = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    inert.add(node);
                } else if (node instanceof Element e && (e.normalName().equals("style") || e.normalName().equals("svg")
                        || e.normalName().equals("script") && !e.attributes().html().contains("ld+json"))) {
                    inert.add(node);
                }
            }
        }, doc);
        inert.forEach(Node::remove);
        doc.outputSettings().prettyPrint(false);
        return doc.html();
    }
}
