package articleflow.eval;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The baseline every extractor must beat: all visible text of the page, one line per block. */
final class FullPageText implements PeerExtractor {

    @Override
    public String name() {
        return "whole page";
    }

    @Override
    public String extract(String html, String url) {
        return text(Jsoup.parse(html));
    }

    /** The page's {@code <title>} is visible too, in the browser's tab. */
    @Override
    public String extractWithTitle(String html, String url) {
        Document doc = Jsoup.parse(html);
        String title = doc.title();
        return title.isEmpty() ? text(doc) : title + "\n" + text(doc);
    }

    private static String text(Document doc) {
        doc.select("script, style, noscript, template, head").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.append('\n');
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return text.toString();
    }
}
