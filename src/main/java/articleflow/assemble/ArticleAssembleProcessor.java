package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import articleflow.model.FeedReply;
import articleflow.ops.PipelineEvents;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The by-id stage's other door: feed replies and neighbour updates come back here, keyed by article id, and a
 * new revision of the enriched record goes out whenever something a reader sees changed. Shares its store
 * with {@link ArticleIntakeProcessor}, so both run in one task per partition.
 */
public final class ArticleAssembleProcessor implements Processor<String, FeedReply, String, EnrichedArticle> {

    private final ArticleLedger ledger;
    private final String storeName;
    private final PipelineEvents events;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, ArticleState> articles;

    public ArticleAssembleProcessor(ArticleLedger ledger, String storeName, PipelineEvents events) {
        this.ledger = ledger;
        this.storeName = storeName;
        this.events = events;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.articles = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, FeedReply> record) {
        ArticleState state = articles.get(record.key());
        String processedAt = Instant.ofEpochMilli(context.currentSystemTimeMs()).toString();
        long started = System.nanoTime();
        LedgerOutcome outcome = ledger.reply(state, record.value(), processedAt);
        if (record.value().answersDraft()) {
            events.summarizeNanos(System.nanoTime() - started);
        }
        if (outcome.state() != null && outcome.state() != state) {
            articles.put(record.key(), outcome.state());
        }
        if (outcome.published() != null) {
            events.revisionEmitted(outcome.published().source());
            if (record.value().answersDraft()) {
                events.enriched(outcome.published().source());
            }
            context.forward(record.withValue(outcome.published()));
        }
    }
}
