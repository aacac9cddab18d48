package articleflow.eval.peers;

import articleflow.eval.PeerExtractor;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J, the Java port of Mozilla Readability. */
public final class Readability4jExtractor implements PeerExtractor {

    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String extract(String html, String url) {
        Article article = new Readability4J(url == null || url.isEmpty() ? "http://localhost/" : url, html).parse();
        return article.getTextContent() == null ? "" : article.getTextContent();
    }
}
