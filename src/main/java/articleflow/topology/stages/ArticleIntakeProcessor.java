package articleflow.topology.stages;

import articleflow.assemble.ArticleDraft;
import articleflow.assemble.ArticleLedger;
import articleflow.assemble.ArticleState;
import articleflow.assemble.FeedChange;
import articleflow.assemble.LedgerOutcome;
import articleflow.assemble.VersionStamp;
import articleflow.events.PipelineEvents;
import articleflow.model.ArticleMeta;
import articleflow.model.WordCount;
import articleflow.normalize.LineFingerprint;
import articleflow.topology.errors.Lineage;
import articleflow.topology.wire.FeedRequest;
import articleflow.topology.wire.IntakeOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The by-id stage's first door: takes each normalized draft or withdrawal, keeps the article's state, and sends
 * the feed requests (keyed by source, carrying paragraph fingerprints for learned furniture) and withdrawals
 * (keyed by id) on.
 */
public final class ArticleIntakeProcessor extends ContextualProcessor<String, ArticleDraft, String, IntakeOutput> {

    private final ArticleLedger ledger;
    private final String storeName;
    private final PipelineEvents events;
    private final Duration horizon;
    private KeyValueStore<String, ArticleState> articles;
    /** Retires what fell behind the horizon; null when every article is kept in full. */
    private HorizonSweep<ArticleState> sweep;

    /** Keeps every article in full, however old. */
    public ArticleIntakeProcessor(ArticleLedger ledger, String storeName, PipelineEvents events) {
        this(ledger, storeName, events, null);
    }

    /** @param horizon how far behind the newest published_at an article is kept in full, or null for ever */
    public ArticleIntakeProcessor(ArticleLedger ledger, String storeName, PipelineEvents events, Duration horizon) {
        this.ledger = ledger;
        this.storeName = storeName;
        this.events = events;
        this.horizon = horizon;
    }

    @Override
    public void init(ProcessorContext<String, IntakeOutput> context) {
        super.init(context);
        this.articles = context.getStateStore(storeName);
        if (horizon != null) {
            sweep = HorizonSweep.scheduled(context, articles, horizon, ledger::retire);
        }
    }

    @Override
    public void process(Record<String, ArticleDraft> record) {
        if (record.value() != null && sweep != null) {
            sweep.seen(record.value().meta().publishedAtMillis());
        }
        ArticleState state = articles.get(record.key());
        VersionStamp stamp = Lineage.versionStamp(record.headers(), record.timestamp());
        LedgerOutcome outcome = record.value() == null
                ? ledger.withdraw(record.key(), state, stamp)
                : ledger.draft(state, record.value(), stamp);
        switch (outcome.event()) {
            case STALE -> events.staleSkipped(record.value() != null ? record.value().source() : state.source());
            case WITHDRAWN -> events.withdrawn(state.source());
            default -> { }
        }
        if (outcome.state() != null && outcome.state() != state) {
            articles.put(record.key(), outcome.state());
        }
        if (outcome.event() == LedgerOutcome.Event.DRAFTED) {
            // first, so that in one partition (offline) the terms are counted before the reply settles the draft
            context().forward(record.withValue(IntakeOutput.accepted(outcome.state().pending(),
                    outcome.state().draftVersion())));
        }
        if (outcome.tombstone()) {
            context().forward(record.withValue(IntakeOutput.withdrawal(record.key(), outcome.state().draftVersion())));
        }
        for (FeedChange change : outcome.feedChanges()) {
            FeedRequest request = toRequest(change);
            context().forward(record.withKey(request.source()).withValue(IntakeOutput.request(request)));
        }
    }

    private static FeedRequest toRequest(FeedChange change) {
        if (change instanceof FeedChange.Remove remove) {
            return FeedRequest.remove(remove.id(), remove.source());
        }
        FeedChange.Place place = (FeedChange.Place) change;
        List<String> paragraphs = place.draft().paragraphs();
        List<Long> fingerprints = new ArrayList<>(paragraphs.size());
        List<Integer> words = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            fingerprints.add(LineFingerprint.of(paragraph));
            words.add(WordCount.of(paragraph));
        }
        ArticleMeta meta = place.draft().meta();
        return new FeedRequest(FeedRequest.Kind.UPSERT, meta.id(), meta.source(), meta.title(), meta.url(),
                meta.publishedAt(), meta.publishedAtMillis(), place.version(), fingerprints, words);
    }
}
