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
        return text(parse(html, url));
    }

    @Override
    public String extractWithTitle(String html, String url) {
        Article article = parse(html, url);
        String title = article.getTitle();
        return title == null || title.isBlank() ? text(article) : title + "\n" + text(article);
    }

    private static Article parse(String html, String url) {
        return new Readability4J(PeerExtractor.baseUri(url), html).parse();
    }

    private static String text(Article article) {
        return article.getTextContent() == null ? "" : article.getTextContent();
    }
}
