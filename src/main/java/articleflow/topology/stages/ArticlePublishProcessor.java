package articleflow.topology.stages;

import articleflow.assemble.ArticleLedger;
import articleflow.assemble.ArticleState;
import articleflow.assemble.LedgerOutcome;
import articleflow.events.PipelineEvents;
import articleflow.model.EnrichedArticle;
import articleflow.topology.wire.FeedReply;
import articleflow.topology.wire.Settlement;
import articleflow.topology.wire.WaitingNews;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The assemble stage's last step, by id: a settled draft or new neighbour links become a new revision of the
 * enriched record whenever something a reader sees changed. With a {@code related-news} store (a related publish
 * delay), new neighbour links of a published article wait there with its related news, so that the changes one
 * new article causes to an older one go out as one revision ({@link ArticleRelateProcessor} publishes them).
 */
public final class ArticlePublishProcessor extends ContextualFixedKeyProcessor<String, Settlement, EnrichedArticle> {

    private final ArticleLedger ledger;
    private final String storeName;
    private final PipelineEvents events;
    private final String newsStoreName;
    private KeyValueStore<String, ArticleState> articles;
    private KeyValueStore<String, WaitingNews> news;

    /** Publishes new neighbour links at once. */
    public ArticlePublishProcessor(ArticleLedger ledger, String storeName, PipelineEvents events) {
        this(ledger, storeName, events, null);
    }

    /** @param newsStoreName where new neighbour links of a published article wait to be published, or null */
    public ArticlePublishProcessor(ArticleLedger ledger, String storeName, PipelineEvents events, String newsStoreName) {
        this.ledger = ledger;
        this.storeName = storeName;
        this.events = events;
        this.newsStoreName = newsStoreName;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        super.init(context);
        this.articles = context.getStateStore(storeName);
        this.news = newsStoreName == null ? null : context.getStateStore(newsStoreName);
    }

    @Override
    public void process(FixedKeyRecord<String, Settlement> record) {
        ArticleState state = articles.get(record.key());
        String processedAt = Instant.ofEpochMilli(context().currentSystemTimeMs()).toString();
        Settlement settlement = record.value();
        FeedReply reply = settlement.reply();
        LedgerOutcome outcome;
        if (settlement.settlesDraft()) {
            outcome = ledger.settle(state, reply.version(), settlement.draft(), settlement.summary(),
                    settlement.relationsOrNone(), reply.previous(), reply.next(), processedAt);
        } else if (news != null) {
            outcome = ledger.relinkLater(state, reply.source(), reply.version(), reply.previous(), reply.next());
            if (outcome.event() == LedgerOutcome.Event.HELD) {
                news.put(record.key(), WaitingNews.links(news.get(record.key()), record.timestamp(), reply));
            }
        } else {
            outcome = ledger.relink(state, reply.source(), reply.version(), reply.previous(), reply.next(), processedAt);
        }
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
