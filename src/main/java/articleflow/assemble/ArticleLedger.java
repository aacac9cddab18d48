package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the by-id stage, which owns each enriched record.
 *
 * <ul>
 *   <li>Versions only move forward: a version is applied only if its record is not older than the one the
 *       article already has ({@link VersionStamp}) and its {@code updated_at}, when both have one, is not older
 *       either; the same record read again (a reprocess) is applied and publishes only what changed.</li>
 *   <li>A withdrawal holds until a strictly newer record republishes the article, so neither a replayed dead
 *       letter nor a re-read log brings a withdrawn article back.</li>
 *   <li>Every new version goes to its publisher's feed first; a neighbour update counts only when it comes from
 *       the feed the article is in now, for its current version.</li>
 *   <li>A revision is published only when something a reader sees changed; revisions increase strictly per id,
 *       across a withdrawal and a later republication too.</li>
 * </ul>
 */
public final class ArticleLedger {

    private final ArticleAssembler assembler = new ArticleAssembler();

    /** A new version whose place in the publisher's stream is unknown (offline tests). */
    public LedgerOutcome draft(ArticleState current, ArticleDraft draft) {
        return draft(current, draft, null);
    }

    /** A new version of an article: kept as pending until its feed replies; an older one is skipped. */
    public LedgerOutcome draft(ArticleState current, ArticleDraft draft, VersionStamp stamp) {
        ArticleState state = current == null ? ArticleState.empty(draft.id()) : current;
        if (isStale(state, draft, stamp)) {
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
                stamp != null ? stamp : state.version(), version, draft, state.published(), state.previous(), state.next());
        return new LedgerOutcome(next, null, false, changes, LedgerOutcome.Event.DRAFTED);
    }

    /** A withdrawal whose place in the publisher's stream is unknown (offline tests). */
    public LedgerOutcome withdraw(ArticleState state) {
        return withdraw(state == null ? null : state.id(), state, null);
    }

    /**
     * The publisher withdrew article {@code id}. Remembered even for an article never published (its first
     * version may still wait in the dead-letter topic for a replay that must not bring it back).
     *
     * @param state the article's state, or null when it was never seen
     */
    public LedgerOutcome withdraw(String id, ArticleState state, VersionStamp stamp) {
        if (state != null && stamp != null && state.version() != null && !stamp.isNotOlderThan(state.version())) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.STALE);
        }
        if (state != null && state.withdrawn()) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        if (state == null || state.published() == null && state.pending() == null && !isRetired(state)) {
            if (stamp == null || id == null) {
                return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
            }
            ArticleState base = state == null ? ArticleState.empty(id) : state;
            ArticleState remembered = new ArticleState(id, base.source(), base.revision(), true, base.updatedAtMillis(),
                    stamp, base.draftVersion(), null, null, null, null);
            return LedgerOutcome.nothing(remembered, LedgerOutcome.Event.IGNORED);
        }
        // A tombstone even when the first revision is still waiting for its feed reply: the neighbours may
        // already have been published with a link to it, and a consumer deleting an id it never saw is harmless.
        long revision = state.revision() + 1;
        // a withdrawal is a version too: what the related stage indexed of the article is older than it
        ArticleState next = new ArticleState(state.id(), state.source(), revision, true, state.updatedAtMillis(),
                stamp != null ? stamp : state.version(), state.draftVersion() + 1, null, null, null, null);
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
     * @param settled the pending draft with only the paragraphs that will be published
     * @param summary the summary sentences of those paragraphs
     */
    public LedgerOutcome settle(ArticleState state, long draftVersion, ArticleDraft settled, List<String> summary,
                                Link previous, Link next, String processedAt) {
        return settle(state, draftVersion, settled, summary, ArticleRelations.NONE, previous, next, processedAt);
    }

    /** As above, with what the related stage found for this version (keywords, related links, duplicate mark). */
    public LedgerOutcome settle(ArticleState state, long draftVersion, ArticleDraft settled, List<String> summary,
                                ArticleRelations relations, Link previous, Link next, String processedAt) {
        if (pendingFor(state, draftVersion) == null) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        EnrichedArticle candidate = assembler.assemble(settled, summary, relations, previous, next, state.revision(),
                processedAt);
        return publishIfChanged(state.settled(previous, next), candidate, processedAt);
    }

    /**
     * Another article moved next to this one in the feed of {@code source}, where version {@code version} of this
     * article placed it. Ignored unless that is the article's feed and version now: an update from a feed the
     * article has since left, or for a version since replaced, is out of date.
     */
    public LedgerOutcome relink(ArticleState state, String source, long version, Link previous, Link next,
                                String processedAt) {
        if (!isCurrentFeed(state, source, version)) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        ArticleState relinked = state.withLinks(previous, next);
        if (state.published() == null) {
            return LedgerOutcome.nothing(relinked, LedgerOutcome.Event.UNCHANGED);
        }
        EnrichedArticle candidate = state.published()
                .withNeighbors(state.published().neighbors().withFeed(previous, next));
        return publishIfChanged(relinked, candidate, processedAt);
    }

    /**
     * As {@link #relink}, for a publisher that gathers an article's changes into one revision. {@code HELD}: the
     * caller keeps the links, in place of any waiting, until the gathered revision ({@link #relate} with them),
     * which is published only if a reader sees a change; the state is left as it is, so the article is not
     * rewritten twice. Before the first revision the links go into
     * the state ({@code UNCHANGED}), as {@link #relink} does.
     */
    public LedgerOutcome relinkLater(ArticleState state, String source, long version, Link previous, Link next) {
        if (!isCurrentFeed(state, source, version)) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        if (state.published() == null) {
            return LedgerOutcome.nothing(state.withLinks(previous, next), LedgerOutcome.Event.UNCHANGED);
        }
        // held even when the record shows these links already: they replace newer-looking ones still waiting
        // (a neighbour that came and went within the wait), so the newest links always win
        return LedgerOutcome.nothing(state, LedgerOutcome.Event.HELD);
    }

    /**
     * The gathered revision of an article: the related stage's news and the feed links that waited
     * ({@link #relinkLater}; those of a feed or version the article has since left are dropped).
     */
    public LedgerOutcome relate(ArticleState state, String source, long version, Link previous, Link next,
                                ArticleRelations relations, String processedAt) {
        ArticleState relinked = isCurrentFeed(state, source, version) ? state.withLinks(previous, next) : state;
        return relate(relinked, relations, processedAt);
    }

    /** The article is in the feed of {@code source}, placed there by its current version {@code version}. */
    private static boolean isCurrentFeed(ArticleState state, String source, long version) {
        return state != null && !state.withdrawn() && source.equals(state.source()) && version == state.draftVersion();
    }

    /**
     * The related stage has news for this article (a new related link, one withdrawn, a duplicate mark): a new
     * revision with the state's feed links and these relations, if a reader sees a difference. Nothing before the
     * first revision or after a withdrawal.
     */
    public LedgerOutcome relate(ArticleState state, ArticleRelations relations, String processedAt) {
        if (state == null || state.withdrawn() || state.published() == null) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.IGNORED);
        }
        EnrichedArticle published = state.published();
        EnrichedArticle candidate = published
                .withNeighbors(published.neighbors().withFeed(state.previous(), state.next()))
                .withRelations(relations.keywords(), relations.related(), relations.duplicateOf());
        return publishIfChanged(state, candidate, processedAt);
    }

    /**
     * The state to keep of an article published before {@code cutoffMillis} (by its {@code published_at}): its id,
     * source, revision and versions, without its text, record or links, so that a late correction continues its
     * revisions and a late withdrawal still deletes it downstream. The state itself when it is newer, waits for a
     * feed reply, or holds no record.
     */
    public ArticleState retire(ArticleState state, long cutoffMillis) {
        if (state == null || state.pending() != null || state.published() == null
                || publishedAtMillis(state.published()) >= cutoffMillis) {
            return state;
        }
        return new ArticleState(state.id(), state.source(), state.revision(), false, state.updatedAtMillis(),
                state.version(), state.draftVersion(), null, null, null, null);
    }

    /** Published once, its record since dropped by {@link #retire}: neither withdrawn nor waiting for a reply. */
    static boolean isRetired(ArticleState state) {
        return state.revision() > 0 && !state.withdrawn() && state.published() == null && state.pending() == null;
    }

    private static long publishedAtMillis(EnrichedArticle published) {
        try {
            return Instant.parse(published.publishedAt()).toEpochMilli();
        } catch (RuntimeException unparsable) {
            return Long.MAX_VALUE; // never retired on a time it cannot read
        }
    }

    private static LedgerOutcome publishIfChanged(ArticleState state, EnrichedArticle candidate, String processedAt) {
        if (!candidate.differsInContentFrom(state.published())) {
            return LedgerOutcome.nothing(state, LedgerOutcome.Event.UNCHANGED);
        }
        long revision = state.revision() + 1;
        EnrichedArticle revised = candidate.withRevision(revision, processedAt);
        return new LedgerOutcome(state.revised(revision, revised), revised, false, List.of(), LedgerOutcome.Event.REVISED);
    }

    private static boolean isStale(ArticleState state, ArticleDraft draft, VersionStamp stamp) {
        if (stamp != null && state.version() != null) {
            boolean older = !stamp.isNotOlderThan(state.version());
            boolean heldByWithdrawal = state.withdrawn() && !stamp.isNewerThan(state.version());
            if (older || heldByWithdrawal) {
                return true;
            }
        }
        Long updatedAt = draft.meta().updatedAtMillis();
        return state.updatedAtMillis() != null && updatedAt != null && updatedAt < state.updatedAtMillis();
    }
}
