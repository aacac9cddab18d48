package articleflow.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.ArticleMeta;
import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import articleflow.model.Neighbors;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLedgerTest {

    private static final String NOW = "2024-05-01T12:00:00Z";
    private final ArticleLedger ledger = new ArticleLedger();

    private static ArticleDraft draft(String id, String source, String title, Long updatedAt, String... paragraphs) {
        ArticleMeta meta = new ArticleMeta(id, source, "https://x/" + id, title, "2024-05-01T08:00:00Z", 1714550400000L,
                "en", null, List.of(), List.of(), null, updatedAt);
        return new ArticleDraft(meta, List.of(paragraphs));
    }

    /** The version number of the feed placement a draft asked for. */
    private static long placedVersion(LedgerOutcome drafted) {
        return ((FeedChange.Place) drafted.feedChanges().get(drafted.feedChanges().size() - 1)).version();
    }

    /** Sends a draft and answers it as the feed would (nothing stripped, the first paragraph as summary). */
    private LedgerOutcome publish(ArticleState state, ArticleDraft draft, Link previous, Link next) {
        LedgerOutcome drafted = ledger.draft(state, draft);
        return ledger.settle(drafted.state(), placedVersion(drafted), draft, draft.paragraphs().subList(0, 1),
                previous, next, NOW);
    }

    @Test
    void shouldPublishRevisionOneWhenTheFeedAnswers() {
        LedgerOutcome outcome = publish(null, draft("a", "s", "Title", null, "One sentence here."), null, null);
        assertThat(outcome.event()).isEqualTo(LedgerOutcome.Event.REVISED);
        assertThat(outcome.published().revision()).isEqualTo(1);
        assertThat(outcome.published().text()).isEqualTo("One sentence here.");
        assertThat(outcome.published().summary()).isEqualTo("One sentence here.");
        assertThat(outcome.published().contentHash()).isEqualTo("ebf0ef3f7c4e5092ce069e3663f360afc323713e6c9a59d9712867d0327696b9");
        assertThat(outcome.published().wordCount()).isEqualTo(3);
        assertThat(outcome.published().readingTimeMinutes()).isEqualTo(1);
    }

    @Test
    void shouldNotReviseWhenNothingAReaderSeesChanged() {
        ArticleDraft draft = draft("a", "s", "Title", null, "Same text.");
        LedgerOutcome first = publish(null, draft, null, null);
        LedgerOutcome again = publish(first.state(), draft, null, null);
        assertThat(again.event()).isEqualTo(LedgerOutcome.Event.UNCHANGED);
        assertThat(again.published()).isNull();
        assertThat(again.state().revision()).isEqualTo(1);
    }

    @Test
    void shouldReviseWhenANeighbourChanges() {
        LedgerOutcome first = publish(null, draft("a", "s", "Title", null, "Text."), null, null);
        Link next = new Link("b", "Next one", "https://x/b", "2024-05-02T00:00:00Z");
        LedgerOutcome linked = ledger.relink(first.state(), "s", first.state().draftVersion(), null, next, NOW);
        assertThat(linked.published().revision()).isEqualTo(2);
        assertThat(linked.published().neighbors().next()).isEqualTo(next);
        LedgerOutcome same = ledger.relink(linked.state(), "s", linked.state().draftVersion(), null, next, NOW);
        assertThat(same.published()).isNull();
    }

    @Test
    void shouldSkipACorrectionOlderThanTheVersionProcessed() {
        LedgerOutcome first = publish(null, draft("a", "s", "New", 2_000L, "New text."), null, null);
        LedgerOutcome stale = ledger.draft(first.state(), draft("a", "s", "Old", 1_000L, "Old text."));
        assertThat(stale.event()).isEqualTo(LedgerOutcome.Event.STALE);
        assertThat(stale.feedChanges()).isEmpty();
    }

    @Test
    void shouldIgnoreAReplyOvertakenByANewerVersion() {
        ArticleDraft second = draft("a", "s", "T", 2L, "Second.");
        LedgerOutcome v1 = ledger.draft(null, draft("a", "s", "T", 1L, "First."));
        LedgerOutcome v2 = ledger.draft(v1.state(), second);
        assertThat(ledger.pendingFor(v2.state(), placedVersion(v1))).isNull();
        LedgerOutcome lateReply = ledger.settle(v2.state(), placedVersion(v1), v1.state().pending(), List.of("First."),
                null, null, NOW);
        assertThat(lateReply.event()).isEqualTo(LedgerOutcome.Event.IGNORED);
        assertThat(ledger.pendingFor(v2.state(), placedVersion(v2))).isEqualTo(second);
        LedgerOutcome reply = ledger.settle(v2.state(), placedVersion(v2), second, List.of("Second."), null, null, NOW);
        assertThat(reply.published().text()).isEqualTo("Second.");
    }

    @Test
    void shouldContinueRevisionsAcrossAWithdrawalAndARepublication() {
        LedgerOutcome first = publish(null, draft("a", "s", "T", null, "Text."), null, null);
        LedgerOutcome withdrawn = ledger.withdraw(first.state());
        assertThat(withdrawn.tombstone()).isTrue();
        assertThat(withdrawn.feedChanges()).containsExactly(new FeedChange.Remove("s", "a"));
        assertThat(withdrawn.state().revision()).isEqualTo(2);
        LedgerOutcome back = publish(withdrawn.state(), draft("a", "s", "T", null, "Text."), null, null);
        assertThat(back.published().revision()).isEqualTo(3);
    }

    @Test
    void shouldSendATombstoneForAnArticleWithdrawnBeforeItsFirstRevision() {
        // its neighbours may already carry a link to it: the tombstone tells consumers it is gone
        LedgerOutcome waiting = ledger.draft(null, draft("a", "s", "T", null, "Text."));
        LedgerOutcome withdrawn = ledger.withdraw(waiting.state());
        assertThat(withdrawn.tombstone()).isTrue();
        assertThat(withdrawn.feedChanges()).containsExactly(new FeedChange.Remove("s", "a"));
        assertThat(ledger.pendingFor(withdrawn.state(), placedVersion(waiting))).isNull();
        LedgerOutcome lateReply = ledger.settle(withdrawn.state(), placedVersion(waiting), waiting.state().pending(),
                List.of("Text."), null, null, NOW);
        assertThat(lateReply.published()).isNull();
    }

    @Test
    void shouldIgnoreTheWithdrawalOfAnUnknownArticle() {
        assertThat(ledger.withdraw(null).event()).isEqualTo(LedgerOutcome.Event.IGNORED);
    }

    @Test
    void shouldMoveAnArticleBetweenFeedsWhenItsSourceIsCorrected() {
        LedgerOutcome first = publish(null, draft("a", "old-source", "T", null, "Text."), null, null);
        ArticleDraft moved = draft("a", "new-source", "T", null, "Text.");
        LedgerOutcome outcome = ledger.draft(first.state(), moved);
        assertThat(outcome.feedChanges()).containsExactly(
                new FeedChange.Remove("old-source", "a"), new FeedChange.Place(moved, 2));
    }

    @Test
    void shouldPublishTheSettledParagraphsNotThePendingOnes() {
        // learned furniture is stripped before settle: the record carries what was settled
        ArticleDraft pending = draft("a", "s", "T", null, "Keep this.", "Listen to this story", "And this.");
        LedgerOutcome drafted = ledger.draft(null, pending);
        ArticleDraft settled = pending.withParagraphs(List.of("Keep this.", "And this."));
        LedgerOutcome reply = ledger.settle(drafted.state(), placedVersion(drafted), settled, List.of("Keep this."),
                null, null, NOW);
        assertThat(reply.published().text()).isEqualTo("Keep this.\n\nAnd this.");
        assertThat(reply.state().pending()).isNull();
    }

    @Test
    void shouldKeepAFirstDraftPendingAndAskTheFeedToPlaceItsFirstVersion() {
        ArticleDraft draft = draft("a", "s", "T", 1_000L, "Text.");

        LedgerOutcome outcome = ledger.draft(null, draft);

        assertThat(outcome).isEqualTo(new LedgerOutcome(
                new ArticleState("a", "s", 0, false, 1_000L, null, 1, draft, null, null, null),
                null, false, List.of(new FeedChange.Place(draft, 1)), LedgerOutcome.Event.DRAFTED));
    }

    @Test
    void shouldRememberTheSettledRecordAndItsLinksAndForgetThePendingDraft() {
        Link previous = new Link("p", "Before", "https://x/p", "2024-04-30T00:00:00Z");
        Link next = new Link("n", "After", "https://x/n", "2024-05-02T00:00:00Z");

        LedgerOutcome outcome = publish(null, draft("a", "s", "T", 1_000L, "Text."), previous, next);

        assertThat(outcome.event()).isEqualTo(LedgerOutcome.Event.REVISED);
        assertThat(outcome.tombstone()).isFalse();
        assertThat(outcome.feedChanges()).isEmpty();
        assertThat(outcome.published().neighbors()).isEqualTo(new Neighbors(previous, next, List.of()));
        assertThat(outcome.published().processedAt()).isEqualTo(NOW);
        assertThat(outcome.state()).isEqualTo(
                new ArticleState("a", "s", 1, false, 1_000L, null, 1, null, outcome.published(), previous, next));
    }

    @Test
    void shouldRememberTheLinksOfAnUnchangedSettlement() {
        ArticleDraft draft = draft("a", "s", "T", null, "Same text.");
        Link next = new Link("n", "After", "https://x/n", "2024-05-02T00:00:00Z");
        LedgerOutcome first = publish(null, draft, null, next);

        LedgerOutcome again = publish(first.state(), draft, null, next);

        assertThat(again.event()).isEqualTo(LedgerOutcome.Event.UNCHANGED);
        assertThat(again.state()).isEqualTo(
                new ArticleState("a", "s", 1, false, null, null, 2, null, first.published(), null, next));
    }

    @Test
    void shouldKeepTheLastUpdatedAtWhenACorrectionCarriesNone() {
        LedgerOutcome first = publish(null, draft("a", "s", "T", 2_000L, "Text."), null, null);

        LedgerOutcome correction = ledger.draft(first.state(), draft("a", "s", "T", null, "Corrected text."));

        assertThat(correction.event()).isEqualTo(LedgerOutcome.Event.DRAFTED);
        assertThat(correction.state().updatedAtMillis()).isEqualTo(2_000L);
    }

    @Test
    void shouldAcceptACorrectionWithTheSameUpdatedAtAsTheLastOne() {
        LedgerOutcome first = publish(null, draft("a", "s", "T", 2_000L, "Text."), null, null);
        ArticleDraft sameTime = draft("a", "s", "T", 2_000L, "Corrected text.");

        LedgerOutcome correction = ledger.draft(first.state(), sameTime);

        assertThat(correction.event()).isEqualTo(LedgerOutcome.Event.DRAFTED);
        assertThat(correction.feedChanges()).containsExactly(new FeedChange.Place(sameTime, 2));
    }

    @Test
    void shouldSkipAStaleCorrectionWithoutTouchingTheState() {
        LedgerOutcome first = publish(null, draft("a", "s", "T", 2_000L, "Text."), null, null);

        LedgerOutcome stale = ledger.draft(first.state(), draft("a", "s", "T", 1_999L, "Old text."));

        assertThat(stale).isEqualTo(new LedgerOutcome(first.state(), null, false, List.of(), LedgerOutcome.Event.STALE));
    }

    @Test
    void shouldNotAskToRemoveAWithdrawnArticleFromItsOldFeedWhenItReturnsUnderAnotherSource() {
        LedgerOutcome first = publish(null, draft("a", "old-source", "T", null, "Text."), null, null);
        LedgerOutcome withdrawn = ledger.withdraw(first.state());
        ArticleDraft back = draft("a", "new-source", "T", null, "Text.");

        LedgerOutcome outcome = ledger.draft(withdrawn.state(), back);

        assertThat(outcome.feedChanges()).containsExactly(new FeedChange.Place(back, 3));
        assertThat(outcome.state().withdrawn()).isFalse();
        assertThat(outcome.state().source()).isEqualTo("new-source");
    }

    @Test
    void shouldWithdrawToAStateWithNothingPublishedAndTheNextRevision() {
        LedgerOutcome first = publish(null, draft("a", "s", "T", 1_000L, "Text."), null, null);

        LedgerOutcome withdrawn = ledger.withdraw(first.state());

        // the withdrawal is a version of its own (2): what the related stage indexed of version 1 is older
        assertThat(withdrawn).isEqualTo(new LedgerOutcome(
                new ArticleState("a", "s", 2, true, 1_000L, null, 2, null, null, null, null),
                null, true, List.of(new FeedChange.Remove("s", "a")), LedgerOutcome.Event.WITHDRAWN));
    }

    @Test
    void shouldIgnoreASecondWithdrawalAndOneOfAnArticleNeverDrafted() {
        LedgerOutcome first = publish(null, draft("a", "s", "T", null, "Text."), null, null);
        ArticleState withdrawn = ledger.withdraw(first.state()).state();
        ArticleState neverDrafted = ArticleState.empty("b");

        assertThat(ledger.withdraw(withdrawn))
                .isEqualTo(new LedgerOutcome(withdrawn, null, false, List.of(), LedgerOutcome.Event.IGNORED));
        assertThat(ledger.withdraw(neverDrafted))
                .isEqualTo(new LedgerOutcome(neverDrafted, null, false, List.of(), LedgerOutcome.Event.IGNORED));
    }

    @Test
    void shouldHaveNoPendingDraftOnceItIsSettled() {
        ArticleDraft draft = draft("a", "s", "T", null, "Text.");
        LedgerOutcome drafted = ledger.draft(null, draft);
        LedgerOutcome settled = publish(null, draft, null, null);

        assertThat(ledger.pendingFor(drafted.state(), 1)).isEqualTo(draft);
        assertThat(ledger.pendingFor(null, 1)).isNull();
        assertThat(ledger.pendingFor(settled.state(), 1)).isNull();
        assertThat(ledger.settle(settled.state(), 1, draft, List.of("Text."), null, null, NOW))
                .isEqualTo(new LedgerOutcome(settled.state(), null, false, List.of(), LedgerOutcome.Event.IGNORED));
    }

    @Test
    void shouldRememberNewLinksOfADraftNotYetPublishedWithoutPublishingIt() {
        ArticleDraft draft = draft("a", "s", "T", null, "Text.");
        LedgerOutcome drafted = ledger.draft(null, draft);
        Link next = new Link("n", "After", "https://x/n", "2024-05-02T00:00:00Z");

        LedgerOutcome relinked = ledger.relink(drafted.state(), "s", drafted.state().draftVersion(), null, next, NOW);

        assertThat(relinked).isEqualTo(new LedgerOutcome(
                new ArticleState("a", "s", 0, false, null, null, 1, draft, null, null, next),
                null, false, List.of(), LedgerOutcome.Event.UNCHANGED));
    }

    @Test
    void shouldPublishTheNextRevisionWithTheNewLinksWhenANeighbourMoves() {
        Link before = new Link("p", "Before", "https://x/p", "2024-04-30T00:00:00Z");
        Link after = new Link("n", "After", "https://x/n", "2024-05-02T00:00:00Z");
        LedgerOutcome first = publish(null, draft("a", "s", "T", null, "Text."), before, null);

        LedgerOutcome relinked = ledger.relink(first.state(), "s", first.state().draftVersion(), null, after, "2024-05-01T13:00:00Z");

        EnrichedArticle expected = first.published()
                .withNeighbors(new Neighbors(null, after, List.of()))
                .withRevision(2, "2024-05-01T13:00:00Z");
        assertThat(relinked).isEqualTo(new LedgerOutcome(
                new ArticleState("a", "s", 2, false, null, null, 1, null, expected, null, after),
                expected, false, List.of(), LedgerOutcome.Event.REVISED));
    }

    @Test
    void shouldIgnoreLinksForAWithdrawnOrUnknownArticle() {
        LedgerOutcome first = publish(null, draft("a", "s", "T", null, "Text."), null, null);
        ArticleState withdrawn = ledger.withdraw(first.state()).state();
        Link next = new Link("n", "After", "https://x/n", "2024-05-02T00:00:00Z");

        assertThat(ledger.relink(withdrawn, "s", withdrawn.draftVersion(), null, next, NOW))
                .isEqualTo(new LedgerOutcome(withdrawn, null, false, List.of(), LedgerOutcome.Event.IGNORED));
        assertThat(ledger.relink(null, "s", 1, null, next, NOW))
                .isEqualTo(new LedgerOutcome(null, null, false, List.of(), LedgerOutcome.Event.IGNORED));
    }
}
