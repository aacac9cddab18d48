package articleflow.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.FeedReply;
import articleflow.model.FeedRequest;
import articleflow.model.Link;
import articleflow.summarize.Summarizer;
import articleflow.summarize.SummaryOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLedgerTest {

    private static final String NOW = "2024-05-01T12:00:00Z";
    private final ArticleLedger ledger = new ArticleLedger(new ArticleAssembler(new Summarizer(SummaryOptions.DEFAULT)));

    private static ArticleDraft draft(String id, String source, String title, Long updatedAt, String... paragraphs) {
        return new ArticleDraft(id, source, "https://x/" + id, title, "2024-05-01T08:00:00Z", 1714550400000L,
                "en", null, List.of(), List.of(), null, updatedAt, List.of(paragraphs));
    }

    /** Sends a draft and answers it as the feed would, returning the outcome of the answer. */
    private LedgerOutcome publish(ArticleState state, ArticleDraft draft, Link previous, Link next) {
        LedgerOutcome drafted = ledger.draft(state, draft);
        FeedRequest request = drafted.feedRequests().get(drafted.feedRequests().size() - 1);
        return ledger.reply(drafted.state(), new FeedReply(draft.id(), request.draftVersion(), List.of(), previous, next), NOW);
    }

    @Test
    void shouldPublishRevisionOneWhenTheFeedAnswers() {
        LedgerOutcome outcome = publish(null, draft("a", "s", "Title", null, "One sentence here."), null, null);
        assertThat(outcome.event()).isEqualTo(LedgerOutcome.Event.REVISED);
        assertThat(outcome.published().revision()).isEqualTo(1);
        assertThat(outcome.published().text()).isEqualTo("One sentence here.");
        assertThat(outcome.published().contentHash()).hasSize(64);
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
        LedgerOutcome linked = ledger.reply(first.state(), FeedReply.neighbourUpdate("a", null, next), NOW);
        assertThat(linked.published().revision()).isEqualTo(2);
        assertThat(linked.published().neighbors().next()).isEqualTo(next);
        LedgerOutcome same = ledger.reply(linked.state(), FeedReply.neighbourUpdate("a", null, next), NOW);
        assertThat(same.published()).isNull();
    }

    @Test
    void shouldSkipACorrectionOlderThanTheVersionProcessed() {
        LedgerOutcome first = publish(null, draft("a", "s", "New", 2_000L, "New text."), null, null);
        LedgerOutcome stale = ledger.draft(first.state(), draft("a", "s", "Old", 1_000L, "Old text."));
        assertThat(stale.event()).isEqualTo(LedgerOutcome.Event.STALE);
        assertThat(stale.feedRequests()).isEmpty();
    }

    @Test
    void shouldIgnoreAReplyOvertakenByANewerVersion() {
        LedgerOutcome v1 = ledger.draft(null, draft("a", "s", "T", 1L, "First."));
        LedgerOutcome v2 = ledger.draft(v1.state(), draft("a", "s", "T", 2L, "Second."));
        LedgerOutcome lateReply = ledger.reply(v2.state(), new FeedReply("a", 1L, List.of(), null, null), NOW);
        assertThat(lateReply.event()).isEqualTo(LedgerOutcome.Event.IGNORED);
        LedgerOutcome reply = ledger.reply(v2.state(), new FeedReply("a", 2L, List.of(), null, null), NOW);
        assertThat(reply.published().text()).isEqualTo("Second.");
    }

    @Test
    void shouldContinueRevisionsAcrossAWithdrawalAndARepublication() {
        LedgerOutcome first = publish(null, draft("a", "s", "T", null, "Text."), null, null);
        LedgerOutcome withdrawn = ledger.withdraw(first.state());
        assertThat(withdrawn.tombstone()).isTrue();
        assertThat(withdrawn.feedRequests()).containsExactly(FeedRequest.remove("a", "s"));
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
        assertThat(withdrawn.feedRequests()).containsExactly(FeedRequest.remove("a", "s"));
        LedgerOutcome lateReply = ledger.reply(withdrawn.state(), new FeedReply("a", 0L, List.of(), null, null), NOW);
        assertThat(lateReply.published()).isNull();
    }

    @Test
    void shouldIgnoreTheWithdrawalOfAnUnknownArticle() {
        assertThat(ledger.withdraw(null).event()).isEqualTo(LedgerOutcome.Event.IGNORED);
    }

    @Test
    void shouldMoveAnArticleBetweenFeedsWhenItsSourceIsCorrected() {
        LedgerOutcome first = publish(null, draft("a", "old-source", "T", null, "Text."), null, null);
        LedgerOutcome moved = ledger.draft(first.state(), draft("a", "new-source", "T", null, "Text."));
        assertThat(moved.feedRequests()).extracting(FeedRequest::kind, FeedRequest::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FeedRequest.Kind.REMOVE, "old-source"),
                        org.assertj.core.groups.Tuple.tuple(FeedRequest.Kind.UPSERT, "new-source"));
    }

    @Test
    void shouldStripTheParagraphsTheFeedNamesAsFurniture() {
        LedgerOutcome drafted = ledger.draft(null, draft("a", "s", "T", null, "Keep this.", "Listen to this story", "And this."));
        LedgerOutcome reply = ledger.reply(drafted.state(), new FeedReply("a", 1L, List.of(1), null, null), NOW);
        assertThat(reply.published().text()).isEqualTo("Keep this.\n\nAnd this.");
    }
}
