package articleflow.topology.wire;

import articleflow.assemble.ArticleDraft;
import articleflow.assemble.ArticleRelations;
import java.util.List;

/**
 * A feed reply on its way through the by-id sub-topology to the record it changes. For a reply that answers
 * the pending draft, {@code draft} is that draft (then only its published paragraphs, once learned furniture
 * is stripped), {@code summary} is filled by summarize and {@code relations} by the related stage; for a
 * neighbour update all three are null. Passed between processors of one task only, never serialized.
 */
public record Settlement(FeedReply reply, ArticleDraft draft, List<String> summary, ArticleRelations relations) {

    public static Settlement relink(FeedReply reply) {
        return new Settlement(reply, null, null, null);
    }

    public static Settlement draft(FeedReply reply, ArticleDraft draft) {
        return new Settlement(reply, draft, null, null);
    }

    public Settlement withRelations(ArticleRelations found) {
        return new Settlement(reply, draft, summary, found);
    }

    /** What the related stage found, or nothing when it is switched off. */
    public ArticleRelations relationsOrNone() {
        return relations == null ? ArticleRelations.NONE : relations;
    }

    public boolean settlesDraft() {
        return draft != null;
    }

    public Settlement withDraft(ArticleDraft newDraft) {
        return new Settlement(reply, newDraft, summary, relations);
    }

    public Settlement withSummary(List<String> sentences) {
        return new Settlement(reply, draft, List.copyOf(sentences), relations);
    }
}
