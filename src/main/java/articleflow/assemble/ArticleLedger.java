package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the by-id stage, which owns each enriched record: stale corrections are skipped, every new
 * version goes to the feed first, and a revision is published only when something a reader sees changed.
 * Revisions increase strictly per id, across a withdrawal and a later republication too.
 */
public final class ArticleLedger {

    private final ArticleAssembler assembler = new ArticleAssembler();

    /** A new version of an article: kept as pending until its feed replies; a stale one is skipped. */
    public LedgerOutcome draft(ArticleState current, ArticleDraft draft) {
        ArticleState state = current == null ? ArticleState.empty(draft.id()) : current;
        if (isStale(state, draft)) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.STALE);
        }
        long version = state.draftVersion() + 1;
        List<FeedChange> changes = new ArrayList<>(2);
        boolean inAFeed = state.source() != null && !state.withdrawn();
        if (inAFeed && !state.source().equals(draft.source())) {
            changes.add(new FeedChange.Remove(state.source(), draft.id()));
        }
        changes.add(new FeedChange.Place(draft, version));
        Long updatedAt = draft.meta().updatedAtMillis() != null ? draft.meta().updatedAtMillis() : state.updatedAtMillis();
        ArticleState next = new ArticleState(draft.id(), draft.source(), state.revision(), false, updatedAt,
                version, draft, state.published(), state.previous(), state.next());
        return new LedgerOutcome(next, null, false, changes, LedgerOutcome.Event.DRAFTED);
    }

    public LedgerOutcome withdraw(ArticleState state) {
        if (state == null || state.withdrawn() || (state.published() == null && state.pending() == null)) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        // A tombstone even when the first revision is still waiting for its feed reply: the neighbours may
        // already have been published with a link to it, and a consumer deleting an id it never saw is harmless.
        long revision = state.revision() + 1;
        ArticleState next = new ArticleState(state.id(), state.source(), revision, true, state.updatedAtMillis(),
                state.draftVersion(), null, null, null, null);
        return new LedgerOutcome(next, null, true,
                List.of(new FeedChange.Remove(state.source(), state.id())), LedgerOutcome.Event.WITHDRAWN);
    }

    /** The draft a feed reply for {@code draftVersion} answers, or null when a newer version overtook it. */
    public ArticleDraft pendingFor(ArticleState state, long draftVersion) {
        if (state == null || state.withdrawn() || state.pending() == null || state.draftVersion() != draftVersion) {
            return null;
        }
        return state.pending();
    }

    /**
     * The feed answered the pending draft: publish its final form if a reader would see a difference.
     *
     * @param settled  the pending draft with only the paragraphs that will be published
     * @param summary  the summary sentences of those paragraphs
     */
    public LedgerOutcome settle(ArticleState state, long draftVersion, ArticleDraft settled, List<String> summary,
                                Link previous, Link next, String processedAt) {
        if (pendingFor(state, draftVersion) == null) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        EnrichedArticle candidate = assembler.assemble(settled, summary, previous, next, state.revision(), processedAt);
        ArticleState done = new ArticleState(state.id(), state.source(), state.revision(), false,
                state.updatedAtMillis(), state.draftVersion(), null, state.published(), previous, next);
        return publishIfChanged(done, candidate, processedAt);
    }

    /** Another article moved next to this one in its feed. */
    public LedgerOutcome relink(ArticleState state, Link previous, Link next, String processedAt) {
        if (state == null || state.withdrawn()) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        ArticleState relinked = new ArticleState(state.id(), state.source(), state.revision(), state.withdrawn(),
                state.updatedAtMillis(), state.draftVersion(), state.pending(), state.published(), previous, next);
        if (state.published() == null) {
            return LedgerOutcome.nothing(relinked, LedgerOutcome.Event.UNCHANGED);
        }
        EnrichedArticle candidate = state.published()
                .withNeighbors(state.published().neighbors().withFeed(previous, next));
        return publishIfChanged(relinked, candidate, processedAt);
    }

    private static LedgerOutcome publishIfChanged(ArticleState state, EnrichedArticle candidate, String processedAt) {
        if (!candidate.differsInContentFrom(state.published())) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.UNCHANGED);
        }
        long revision = state.revision() + 1;
        EnrichedArticle revised = candidate.withRevision(revision, processedAt);
        ArticleState next = new ArticleState(state.id(), state.source(), revision, false, state.updatedAtMillis(),
                state.draftVersion(), state.pending(), revised, state.previous(), state.next());
        return new LedgerOutcome(next, revised, false, List.of(), LedgerOutcome.Event.REVISED);
    }

    private static boolean isStale(ArticleState state, ArticleDraft draft) {
        Long updatedAt = draft.meta().updatedAtMillis();
        return state.updatedAtMillis() != null && updatedAt != null && updatedAt < state.updatedAtMillis();
    }
}
