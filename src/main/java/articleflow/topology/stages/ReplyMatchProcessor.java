package articleflow.topology.stages;

import articleflow.events.LogSafe;
import articleflow.assemble.ArticleDraft;
import articleflow.assemble.ArticleLedger;
import articleflow.assemble.ArticleState;
import articleflow.events.PipelineEvents;
import articleflow.topology.wire.FeedReply;
import articleflow.topology.wire.Settlement;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Back by id, a feed reply meets its article: a reply to the pending draft goes on with that draft, to be
 * stripped, summarized and published; a neighbour update goes on alone; a reply a newer version overtook
 * goes no further.
 */
public final class ReplyMatchProcessor extends ContextualFixedKeyProcessor<String, FeedReply, Settlement> {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyMatchProcessor.class);

    private final ArticleLedger ledger;
    private final String storeName;
    private final PipelineEvents events;
    private KeyValueStore<String, ArticleState> articles;

    public ReplyMatchProcessor(ArticleLedger ledger, String storeName, PipelineEvents events) {
        this.ledger = ledger;
        this.storeName = storeName;
        this.events = events;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Settlement> context) {
        super.init(context);
        this.articles = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, FeedReply> record) {
        FeedReply reply = record.value();
        ArticleState state = articles.get(record.key());
        if (state == null) {
            // every article in a feed went through intake here first: a reply that finds nothing is a fault
            events.orphanReply();
            LOG.warn("a feed reply for article {} found no state in this task; dropped", LogSafe.quote(record.key()));
            return;
        }
        if (!reply.answersDraft()) {
            context().forward(record.withValue(Settlement.relink(reply)));
            return;
        }
        ArticleDraft pending = ledger.pendingFor(state, reply.version());
        if (pending != null) {
            context().forward(record.withValue(Settlement.draft(reply, pending)));
        }
    }
}
