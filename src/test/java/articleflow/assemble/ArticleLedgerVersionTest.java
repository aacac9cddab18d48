package articleflow.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.ArticleMeta;
import articleflow.model.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions only move forward: replays and re-reads of the log of record never roll an article back. */
class ArticleLedgerVersionTest {

    private static final String NOW = "2024-05-01T12:00:00Z";
    private final ArticleLedger ledger = new ArticleLedger();

    private static ArticleDraft draft(String source, String text) {
        ArticleMeta meta = new ArticleMeta("a", source, "https://x/a", "Title", "2024-05-01T08:00:00Z", 1714550400000L,
                "en", null, List.of(), List.of(), null, null);
        return new ArticleDraft(meta, List.of(text));
    }

    private static VersionStamp at(int partition, long offset, long timestamp) {
        return new VersionStamp(partition, offset, timestamp);
    }

    /** Drafts and settles a version as the feed would answer it. */
    private LedgerOutcome publish(ArticleState state, ArticleDraft draft, VersionStamp stamp) {
        LedgerOutcome drafted = ledger.draft(state, draft, stamp);
        if (drafted.event() != LedgerOutcome.Event.DRAFTED) {
            return drafted;
        }
        return ledger.settle(drafted.state(), drafted.state().draftVersion(), draft, draft.paragraphs(), null, null, NOW);
    }

    @Test
    void shouldSkipARecordOlderThanTheVersionAppliedOnTheSamePartition() {
        LedgerOutcome newer = publish(null, draft("s", "Second version."), at(0, 7, 2_000));
        LedgerOutcome replayed = ledger.draft(newer.state(), draft("s", "First version."), at(0, 3, 1_000));
        assertThat(replayed.event()).isEqualTo(LedgerOutcome.Event.STALE);
        assertThat(replayed.feedChanges()).isEmpty();
        assertThat(replayed.state().published().text()).isEqualTo("Second version.");
    }

    @Test
    void shouldApplyTheSameRecordReadAgainButPublishOnlyWhatChanged() {
        LedgerOutcome first = publish(null, draft("s", "Only version."), at(0, 7, 2_000));
        LedgerOutcome reread = publish(first.state(), draft("s", "Only version."), at(0, 7, 2_000));
        assertThat(reread.event()).isEqualTo(LedgerOutcome.Event.UNCHANGED);
        assertThat(reread.published()).isNull();
        assertThat(reread.state().revision()).isEqualTo(1);
    }

    @Test
    void shouldOrderRecordsOfDifferentPartitionsByTheirTimestamps() {
        LedgerOutcome first = publish(null, draft("s", "From partition one."), at(1, 100, 5_000));
        assertThat(ledger.draft(first.state(), draft("s", "Older, from partition two."), at(2, 900, 4_000)).event())
                .isEqualTo(LedgerOutcome.Event.STALE);
        assertThat(ledger.draft(first.state(), draft("s", "Newer, from partition two."), at(2, 1, 6_000)).event())
                .isEqualTo(LedgerOutcome.Event.DRAFTED);
    }

    @Test
    void shouldKeepAWithdrawalAgainstEveryRecordNotNewerThanIt() {
        LedgerOutcome first = publish(null, draft("s", "Text."), at(0, 1, 1_000));
        LedgerOutcome withdrawn = ledger.withdraw("a", first.state(), at(0, 2, 2_000));
        assertThat(withdrawn.tombstone()).isTrue();
        assertThat(ledger.draft(withdrawn.state(), draft("s", "Text."), at(0, 1, 1_000)).event())
                .as("the version before the withdrawal, replayed").isEqualTo(LedgerOutcome.Event.STALE);
        LedgerOutcome republished = publish(withdrawn.state(), draft("s", "Text."), at(0, 3, 3_000));
        assertThat(republished.published().revision()).isEqualTo(3);
    }

    @Test
    void shouldRememberTheWithdrawalOfAnArticleItNeverPublished() {
        // its only version was dead-lettered; the publisher then withdrew it; a later replay must not bring it back
        LedgerOutcome withdrawn = ledger.withdraw("a", null, at(0, 5, 5_000));
        assertThat(withdrawn.tombstone()).isFalse();
        assertThat(withdrawn.state().withdrawn()).isTrue();
        assertThat(ledger.draft(withdrawn.state(), draft("s", "Text."), at(0, 4, 4_000)).event())
                .isEqualTo(LedgerOutcome.Event.STALE);
    }

    @Test
    void shouldIgnoreAWithdrawalOlderThanTheVersionApplied() {
        // re-reading the log: the tombstone comes before the republication that followed it
        LedgerOutcome republished = publish(null, draft("s", "Back again."), at(0, 9, 9_000));
        LedgerOutcome oldTombstone = ledger.withdraw("a", republished.state(), at(0, 8, 8_000));
        assertThat(oldTombstone.event()).isEqualTo(LedgerOutcome.Event.STALE);
        assertThat(oldTombstone.tombstone()).isFalse();
    }

    @Test
    void shouldIgnoreANeighbourUpdateFromAFeedTheArticleHasLeft() {
        LedgerOutcome inOld = publish(null, draft("old-feed", "Text."), at(0, 1, 1_000));
        LedgerOutcome moved = publish(inOld.state(), draft("new-feed", "Text."), at(0, 2, 2_000));
        Link fromOldFeed = new Link("x", "A neighbour in the old feed", "https://x/x", "2024-05-01T09:00:00Z");
        LedgerOutcome late = ledger.relink(moved.state(), "old-feed", inOld.state().draftVersion(), fromOldFeed, null, NOW);
        assertThat(late.event()).isEqualTo(LedgerOutcome.Event.IGNORED);
        assertThat(late.published()).isNull();
        LedgerOutcome current = ledger.relink(moved.state(), "new-feed", moved.state().draftVersion(), fromOldFeed, null, NOW);
        assertThat(current.published().neighbors().previous()).isEqualTo(fromOldFeed);
    }

    @Test
    void shouldIgnoreANeighbourUpdateForAVersionSinceReplaced() {
        LedgerOutcome v1 = publish(null, draft("s", "Text."), at(0, 1, 1_000));
        LedgerOutcome v2 = ledger.draft(v1.state(), draft("s", "Corrected text."), at(0, 2, 2_000));
        Link next = new Link("b", "Next", "https://x/b", "2024-05-02T09:00:00Z");
        assertThat(ledger.relink(v2.state(), "s", v1.state().draftVersion(), null, next, NOW).event())
                .isEqualTo(LedgerOutcome.Event.IGNORED);
    }

    @Test
    void shouldCompareStampsByOffsetOnOnePartitionAndByTimeAcrossPartitions() {
        assertThat(at(0, 5, 9).isNotOlderThan(at(0, 5, 1))).isTrue();
        assertThat(at(0, 5, 9).isNewerThan(at(0, 5, 1))).isFalse();
        assertThat(at(0, 4, 9).isNotOlderThan(at(0, 5, 1))).isFalse();
        assertThat(at(1, 4, 9).isNewerThan(at(0, 5, 1))).isTrue();
        assertThat(at(1, 4, 1).isNotOlderThan(at(0, 5, 1))).isTrue();
        assertThat(at(1, 4, 1).isNewerThan(at(0, 5, 1))).isFalse();
        assertThat(at(0, 0, 0).isNewerThan(null)).isTrue();
    }
}
