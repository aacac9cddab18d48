package articleflow.eval.peers;

import articleflow.eval.PeerExtractor;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;

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
}
