package articleflow.accept;

import articleflow.model.ArticleMeta;
import articleflow.model.ContentType;

/** A raw article that passed accept: its metadata settled (id decided, times parsed), its body and its type. */
public record AcceptedArticle(ArticleMeta meta, String body, ContentType contentType) implements Verdict {

    public String id() {
        return meta.id();
    }

    public String source() {
        return meta.source();
    }
}
