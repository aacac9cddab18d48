package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import articleflow.model.FeedReply;
import articleflow.model.FeedRequest;
import articleflow.model.Link;
import articleflow.normalize.LineFingerprint;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the by-id stage, which owns each enriched record: stale corrections are skipped, every new
 * version goes to the feed first, and a revision is published only when something a reader sees changed.
 * Revisions increase strictly per id, across a withdrawal and a later republication too.
 */
public final class ArticleLedger {

    private final ArticleAssembler assembler;

    public ArticleLedger(ArticleAssembler assembler) {
        this.assembler = assembler;
    }

    public LedgerOutcome draft(ArticleState current, ArticleDraft draft) {
        ArticleState state = current == null ? ArticleState.empty(draft.id()) : current;
        if (isStale(state, draft)) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.STALE);
        }
        long version = state.draftVersion() + 1;
        List<FeedRequest> requests = new ArrayList<>(2);
        boolean inAFeed = state.source() != null && !state.withdrawn();
        if (inAFeed && !state.source().equals(draft.source())) {
            requests.add(FeedRequest.remove(draft.id(), state.source()));
        }
        requests.add(upsert(draft, version));
        Long updatedAt = draft.updatedAtMillis() != null ? draft.updatedAtMillis() : state.updatedAtMillis();
        ArticleState next = new ArticleState(draft.id(), draft.source(), state.revision(), false, updatedAt,
                version, draft, state.published(), state.previous(), state.next());
        return new LedgerOutcome(next, null, false, requests, LedgerOutcome.Event.DRAFTED);
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
                List.of(FeedRequest.remove(state.id(), state.source())), LedgerOutcome.Event.WITHDRAWN);
    }

    public LedgerOutcome reply(ArticleState state, FeedReply reply, String processedAt) {
        if (state == null || state.withdrawn()) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        if (reply.answersDraft()) {
            return answerDraft(state, reply, processedAt);
        }
        ArticleState relinked = withLinks(state, state.published(), reply.previous(), reply.next());
        if (state.published() == null) {
            return LedgerOutcome.nothing(relinked, LedgerOutcome.Event.UNCHANGED);
        }
        EnrichedArticle candidate = state.published()
                .withNeighbors(state.published().neighbors().withFeed(reply.previous(), reply.next()));
        return publishIfChanged(relinked, candidate, processedAt);
    }

    private LedgerOutcome answerDraft(ArticleState state, FeedReply reply, String processedAt) {
        if (state.pending() == null || reply.draftVersion() != state.draftVersion()) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        EnrichedArticle candidate = assembler.assemble(state.pending(), reply.stripParagraphs(),
                reply.previous(), reply.next(), state.revision(), processedAt);
        ArticleState settled = new ArticleState(state.id(), state.source(), state.revision(), false,
                state.updatedAtMillis(), state.draftVersion(), null, state.published(),
                reply.previous(), reply.next());
        return publishIfChanged(settled, candidate, processedAt);
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

    private static ArticleState withLinks(ArticleState state, EnrichedArticle published, Link previous, Link next) {
        return new ArticleState(state.id(), state.source(), state.revision(), state.withdrawn(),
                state.updatedAtMillis(), state.draftVersion(), state.pending(), published, previous, next);
    }

    private static boolean isStale(ArticleState state, ArticleDraft draft) {
        return state.updatedAtMillis() != null && draft.updatedAtMillis() != null
                && draft.updatedAtMillis() < state.updatedAtMillis();
    }

    private static FeedRequest upsert(ArticleDraft draft, long version) {
        List<Long> fingerprints = new ArrayList<>(draft.paragraphs().size());
        List<Integer> words = new ArrayList<>(draft.paragraphs().size());
        for (String paragraph : draft.paragraphs()) {
            fingerprints.add(LineFingerprint.of(paragraph));
            words.add(LineFingerprint.words(paragraph));
        }
        return new FeedRequest(FeedRequest.Kind.UPSERT, draft.id(), draft.source(), draft.title(), draft.url(),
                draft.publishedAt(), draft.publishedAtMillis(), version, fingerprints, words);
    }
}
