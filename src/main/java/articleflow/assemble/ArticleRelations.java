package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import articleflow.model.RelatedLink;
import java.util.List;

/**
 * What the related stage says about an article, for its enriched record: its keywords, its related links (best
 * first) and the earliest article it is a near-duplicate of, or null.
 */
public record ArticleRelations(List<String> keywords, List<RelatedLink> related, String duplicateOf) {

    public static final ArticleRelations NONE = new ArticleRelations(List.of(), List.of(), null);

    /** What a published record shows: the relations to keep when only its feed links change. */
    public static ArticleRelations of(EnrichedArticle published) {
        return new ArticleRelations(published.keywords(), published.neighbors().related(), published.duplicateOf());
    }

    public ArticleRelations {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        related = related == null ? List.of() : List.copyOf(related);
    }
}
