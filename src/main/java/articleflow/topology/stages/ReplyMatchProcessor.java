package articleflow.topology.stages;

import articleflow.assemble.ArticleDraft;
import articleflow.assemble.ArticleLedger;
import articleflow.assemble.ArticleState;
import articleflow.topology.wire.FeedReply;
import articleflow.topology.wire.Settlement;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Back by id, a feed reply meets its article: a reply to the pending draft goes on with that draft, to be
 * stripped, summarized and published; a neighbour update goes on alone; a reply a newer version overtook
 * goes no further.
 */
public final class ReplyMatchProcessor extends ContextualFixedKeyProcessor<String, FeedReply, Settlement> {

    private final ArticleLedger ledger;
    private final String storeName;
    private KeyValueStore<String, ArticleState> articles;

    public ReplyMatchProcessor(ArticleLedger ledger, String storeName) {
        this.ledger = ledger;
        this.storeName = storeName;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Settlement> context) {
        super.init(context);
        this.articles = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, FeedReply> record) {
        FeedReply reply = record.value();
        if (!reply.answersDraft()) {
            context().forward(record.withValue(Settlement.relink(reply)));
            return;
        }
        ArticleDraft pending = ledger.pendingFor(articles.get(record.key()), reply.draftVersion());
        if (pending != null) {
            context().forward(record.withValue(Settlement.draft(reply, pending)));
        }
    }
}
