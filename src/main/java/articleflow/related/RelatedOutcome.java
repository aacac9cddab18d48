package articleflow.related;

import java.util.List;

/**
 * What one step of {@link RelatedArticles} produces: messages to bucket partitions, messages to other articles'
 * partitions, and new views of articles whose keywords, related links or duplicate mark changed.
 */
public record RelatedOutcome(List<BucketMessage> toBuckets, List<ArticleMessage> toArticles, List<RelatedView> views) {

    public static final RelatedOutcome NOTHING = new RelatedOutcome(List.of(), List.of(), List.of());

    public RelatedOutcome {
        toBuckets = List.copyOf(toBuckets);
        toArticles = List.copyOf(toArticles);
        views = List.copyOf(views);
    }
}
