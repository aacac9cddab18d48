package articleflow.assemble;

import articleflow.model.FeedRequest;
import articleflow.model.IntakeOutput;
import articleflow.ops.PipelineEvents;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The by-id stage's door: takes each normalized draft or withdrawal, keeps the article's state, and sends
 * the feed requests (keyed by source) and withdrawals (keyed by id) on.
 */
public final class ArticleIntakeProcessor implements Processor<String, ArticleDraft, String, IntakeOutput> {

    private final ArticleLedger ledger;
    private final String storeName;
    private final PipelineEvents events;
    private ProcessorContext<String, IntakeOutput> context;
    private KeyValueStore<String, ArticleState> articles;

    public ArticleIntakeProcessor(ArticleLedger ledger, String storeName, PipelineEvents events) {
        this.ledger = ledger;
        this.storeName = storeName;
        this.events = events;
    }

    @Override
    public void init(ProcessorContext<String, IntakeOutput> context) {
        this.context = context;
        this.articles = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, ArticleDraft> record) {
        ArticleState state = articles.get(record.key());
        LedgerOutcome outcome = record.value() == null
                ? ledger.withdraw(state)
                : ledger.draft(state, record.value());
        switch (outcome.event()) {
            case STALE -> events.staleSkipped(record.value().source());
            case WITHDRAWN -> events.withdrawn(state.source());
            default -> { }
        }
        if (outcome.state() != null && outcome.state() != state) {
            articles.put(record.key(), outcome.state());
        }
        if (outcome.tombstone()) {
            context.forward(record.withValue(IntakeOutput.withdrawal(record.key())));
        }
        for (FeedRequest request : outcome.feedRequests()) {
            context.forward(record.withKey(request.source()).withValue(IntakeOutput.request(request)));
        }
    }
}
