package articleflow.topology.stages;

import articleflow.assemble.ArticleLedger;
import articleflow.assemble.ArticleState;
import articleflow.assemble.LedgerOutcome;
import articleflow.events.PipelineEvents;
import articleflow.model.EnrichedArticle;
import articleflow.related.RelatedView;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/** The assemble stage takes the related stage's news: a new revision when an article's related facts changed. */
public final class ArticleRelateProcessor extends ContextualFixedKeyProcessor<String, RelatedView, EnrichedArticle> {

    private final ArticleLedger ledger;
    private final String storeName;
    private final PipelineEvents events;
    private KeyValueStore<String, ArticleState> articles;

    public ArticleRelateProcessor(ArticleLedger ledger, String storeName, PipelineEvents events) {
        this.ledger = ledger;
        this.storeName = storeName;
        this.events = events;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        super.init(context);
        this.articles = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, RelatedView> record) {
        ArticleState state = articles.get(record.key());
        String processedAt = Instant.ofEpochMilli(context().currentSystemTimeMs()).toString();
        LedgerOutcome outcome = ledger.relate(state, RelatedViews.relationsOf(record.value()), processedAt);
        if (outcome.published() != null) {
            articles.put(record.key(), outcome.state());
            events.revisionEmitted(outcome.published().source());
            context().forward(record.withValue(outcome.published()));
        }
    }
}
