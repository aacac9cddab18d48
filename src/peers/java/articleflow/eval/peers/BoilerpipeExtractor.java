package articleflow.eval.peers;

import articleflow.eval.PeerExtractor;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import java.io.StringReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** boilerpipe's ArticleExtractor, shallow text features over text blocks. */
public final class BoilerpipeExtractor implements PeerExtractor {

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String extract(String html, String url) {
        try {
            return ArticleExtractor.INSTANCE.getText(html);
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException("boilerpipe failed", e);
        }
    }

    /** boilerpipe reads the page's {@code <title>} into its document; its article text leaves it out. */
    @Override
    public String extractWithTitle(String html, String url) {
        try {
            TextDocument doc = new BoilerpipeSAXInput(new InputSource(new StringReader(html))).getTextDocument();
            ArticleExtractor.INSTANCE.process(doc);
            String title = doc.getTitle();
            String text = doc.getContent();
            return title == null || title.isBlank() ? text : title + "\n" + text;
        } catch (BoilerpipeProcessingException | SAXException e) {
            throw new IllegalStateException("boilerpipe failed", e);
        }
    }
}
