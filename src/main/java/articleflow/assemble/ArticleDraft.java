package articleflow.assemble;

import articleflow.model.ArticleMeta;
import java.util.List;

/**
 * An accepted, normalized article on its way to becoming an enriched record: its metadata and clean paragraphs.
 * Waits in the by-id stage for its feed reply (links, and the paragraphs learned furniture strips).
 */
public record ArticleDraft(ArticleMeta meta, List<String> paragraphs) {

    public ArticleDraft {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    public String id() {
        return meta.id();
    }

    public String source() {
        return meta.source();
    }

    public ArticleDraft withParagraphs(List<String> kept) {
        return new ArticleDraft(meta, kept);
    }
}
