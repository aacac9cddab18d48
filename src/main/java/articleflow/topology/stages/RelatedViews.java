package articleflow.topology.stages;

import articleflow.assemble.ArticleRelations;
import articleflow.model.RelatedLink;
import articleflow.related.LinkedArticle;
import articleflow.related.RelatedView;
import java.util.ArrayList;
import java.util.List;

/** A related-stage view as the facts the enriched record carries. */
final class RelatedViews {

    private RelatedViews() {
    }

    static ArticleRelations relationsOf(RelatedView view) {
        if (view == null) {
            return ArticleRelations.NONE;
        }
        List<RelatedLink> links = new ArrayList<>(view.related().size());
        for (LinkedArticle linked : view.related()) {
            links.add(new RelatedLink(linked.id(), linked.title(), linked.url(), linked.publishedAt(), linked.source(),
                    linked.score()));
        }
        return new ArticleRelations(view.keywords(), links, view.duplicateOf());
    }
}
