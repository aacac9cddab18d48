package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import java.util.List;

/**
 * What the by-id stage does after one event: the state to keep, the record to publish (a new revision,
 * or a tombstone), the changes it asks of the feeds, and what happened, for the counters.
 */
public record LedgerOutcome(
        ArticleState state,
        EnrichedArticle published,
        boolean tombstone,
        List<FeedChange> feedChanges,
        Event event) {

    public enum Event {
        /** A new version is on its way to the feed; it is published when the reply comes back. */
        DRAFTED,
        /** A correction older than the version already processed; skipped. */
        STALE,
        /** A new revision was published. */
        REVISED,
        /** Nothing a reader sees changed, so no revision. */
        UNCHANGED,
        /** Kept aside to go out with the article's next gathered revision, if a reader sees a change then. */
        HELD,
        WITHDRAWN,
        /** A withdrawal of an article never seen, or a feed reply overtaken by a newer version. */
        IGNORED
    }

    public LedgerOutcome {
        feedChanges = List.copyOf(feedChanges);
    }

    static LedgerOutcome nothing(ArticleState state, Event event) {
        return new LedgerOutcome(state, null, false, List.of(), event);
    }
}
