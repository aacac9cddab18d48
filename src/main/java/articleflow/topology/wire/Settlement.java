package articleflow.topology.wire;

import articleflow.assemble.ArticleDraft;
import java.util.List;

/**
 * A feed reply on its way through the by-id sub-topology to the record it changes. For a reply that answers
 * the pending draft, {@code draft} is that draft (then only its published paragraphs, once learned furniture
 * is stripped) and {@code summary} is filled by summarize; for a neighbour update both are null. Passed between
 * processors of one task only, never serialized.
 */
public record Settlement(FeedReply reply, ArticleDraft draft, List<String> summary) {

    public static Settlement relink(FeedReply reply) {
        return new Settlement(reply, null, null);
    }

    public static Settlement draft(FeedReply reply, ArticleDraft draft) {
        return new Settlement(reply, draft, null);
    }

    public boolean settlesDraft() {
        return draft != null;
    }

    public Settlement withDraft(ArticleDraft newDraft) {
        return new Settlement(reply, newDraft, summary);
    }

    public Settlement withSummary(List<String> sentences) {
        return new Settlement(reply, draft, List.copyOf(sentences));
    }
}
