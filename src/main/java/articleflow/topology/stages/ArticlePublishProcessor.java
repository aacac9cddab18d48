package articleflow.topology.stages;

import articleflow.assemble.ArticleLedger;
import articleflow.assemble.ArticleState;
import articleflow.assemble.LedgerOutcome;
import articleflow.events.PipelineEvents;
import articleflow.model.EnrichedArticle;
import articleflow.topology.wire.FeedReply;
import articleflow.topology.wire.Settlement;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The assemble stage's last step, by id: a settled draft or new neighbour links become a new revision of the
 * enriched record whenever something a reader sees changed.
 */
public final class ArticlePublishProcessor extends ContextualFixedKeyProcessor<String, Settlement, EnrichedArticle> {

    private final ArticleLedger ledger;
    private final String storeName;
    private final PipelineEvents events;
    private KeyValueStore<String, ArticleState> articles;

    public ArticlePublishProcessor(ArticleLedger ledger, String storeName, PipelineEvents events) {
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
    public void process(FixedKeyRecord<String, Settlement> record) {
        ArticleState state = articles.get(record.key());
        String processedAt = Instant.ofEpochMilli(context().currentSystemTimeMs()).toString();
        Settlement settlement = record.value();
        FeedReply reply = settlement.reply();
        LedgerOutcome outcome = settlement.settlesDraft()
                ? ledger.settle(state, reply.version(), settlement.draft(), settlement.summary(),
                        settlement.relationsOrNone(), reply.previous(), reply.next(), processedAt)
                : ledger.relink(state, reply.source(), reply.version(), reply.previous(), reply.next(), processedAt);
        if (outcome.event() == LedgerOutcome.Event.IGNORED && !settlement.settlesDraft()) {
            events.outdatedNeighbourUpdate();
        }
        if (outcome.state() != null && outcome.state() != state) {
            articles.put(record.key(), outcome.state());
        }
        if (outcome.published() != null) {
            events.revisionEmitted(outcome.published().source());
            if (settlement.settlesDraft()) {
                events.enriched(outcome.published().source());
            }
            context().forward(record.withValue(outcome.published()));
        }
    }
}
