package articleflow.topology.wire;

import articleflow.related.ArticleMessage;
import articleflow.related.BucketMessage;
import articleflow.related.RelatedView;

/**
 * What the related stage's by-id steps send on, each to its own place: the settled version on to be published
 * (keyed by id), a message for a term or band bucket (keyed by bucket key), a message for another article (keyed
 * by its id), or a new view of an article (keyed by id). Passed between processors of one task only.
 */
public sealed interface RelatedOutput {

    record Settled(Settlement settlement) implements RelatedOutput {
    }

    record ToBucket(BucketMessage message) implements RelatedOutput {
    }

    record ToArticle(ArticleMessage message) implements RelatedOutput {
    }

    record View(RelatedView view) implements RelatedOutput {
    }
}
