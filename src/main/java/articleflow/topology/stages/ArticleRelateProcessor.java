package articleflow.topology.stages;

import articleflow.assemble.ArticleLedger;
import articleflow.assemble.ArticleRelations;
import articleflow.assemble.ArticleState;
import articleflow.assemble.LedgerOutcome;
import articleflow.events.PipelineEvents;
import articleflow.model.EnrichedArticle;
import articleflow.related.RelatedArticles;
import articleflow.related.RelatedSettings;
import articleflow.related.RelatedView;
import articleflow.topology.wire.FeedReply;
import articleflow.topology.wire.WaitingNews;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The assemble stage takes the related stage's news: a new revision when an article's related facts changed.
 *
 * <p>It keeps the key (a plain processor only because a punctuator cannot forward a fixed-key record). With a
 * publish delay, news waits: the article's id goes into the {@code related-news} store, and every delay a
 * wall-clock punctuator publishes each waiting article once, with its related facts as they are then. A new
 * article's pair scores come back one by one from its term buckets within a few commit intervals, so what would have
 * been a revision per score becomes one; new feed links of the article wait there too. The store is logged, so
 * under exactly-once a waiting change is published even if the instance fails before the punctuator runs.
 */
public final class ArticleRelateProcessor extends ContextualProcessor<String, RelatedView, String, EnrichedArticle> {

    private final ArticleLedger ledger;
    private final String storeName;
    private final PipelineEvents events;
    private final Duration delay;
    private final String newsStoreName;
    private final String relatedStatesStoreName;
    private final RelatedSettings settings;
    private KeyValueStore<String, ArticleState> articles;
    private KeyValueStore<String, WaitingNews> news;
    private RelatedArticles related;

    /** Publishes every change at once. */
    public ArticleRelateProcessor(ArticleLedger ledger, String storeName, PipelineEvents events) {
        this(ledger, storeName, events, Duration.ZERO, null, null, null);
    }

    /**
     * Publishes the changes of {@code delay} together, each with the article's related view as the related stage's
     * state ({@code relatedStatesStoreName}) has it when the wait is over.
     */
    public ArticleRelateProcessor(ArticleLedger ledger, String storeName, PipelineEvents events, Duration delay,
                                  String newsStoreName, String relatedStatesStoreName, RelatedSettings settings) {
        this.ledger = ledger;
        this.storeName = storeName;
        this.events = events;
        this.delay = delay;
        this.newsStoreName = newsStoreName;
        this.relatedStatesStoreName = relatedStatesStoreName;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        super.init(context);
        this.articles = context.getStateStore(storeName);
        if (waits()) {
            this.news = context.getStateStore(newsStoreName);
            this.related = RelatedArticles.viewReader(settings,
                    KeyValueRelatedStores.states(context.getStateStore(relatedStatesStoreName)));
            context.schedule(delay, PunctuationType.WALL_CLOCK_TIME, now -> publishWaiting());
        }
    }

    @Override
    public void process(Record<String, RelatedView> record) {
        if (waits()) {
            news.put(record.key(), WaitingNews.related(news.get(record.key()), record.timestamp()));
            return;
        }
        EnrichedArticle published = relate(record.key(), record.value());
        if (published != null) {
            context().forward(record.withValue(published));
        }
    }

    private boolean waits() {
        return !delay.isZero();
    }

    private void publishWaiting() {
        List<KeyValue<String, WaitingNews>> waiting = new ArrayList<>();
        try (KeyValueIterator<String, WaitingNews> all = news.all()) {
            all.forEachRemaining(waiting::add);
        }
        for (KeyValue<String, WaitingNews> article : waiting) {
            ArticleState state = articles.get(article.key);
            EnrichedArticle published = relate(article.key, state, article.value.feedLinks(),
                    relationsNow(article.key, state));
            if (published != null) {
                context().forward(new Record<>(article.key, published, article.value.timestamp()));
            }
            news.delete(article.key);
        }
    }

    /**
     * The article's relations as the related stage has them now; those it shows when the related stage has none
     * (only its feed links waited: see {@link ArticlePublishProcessor}).
     */
    private ArticleRelations relationsNow(String id, ArticleState state) {
        RelatedView view = related.viewOf(id);
        if (view != null) {
            return RelatedViews.relationsOf(view);
        }
        return state == null || state.published() == null ? ArticleRelations.NONE : ArticleRelations.of(state.published());
    }

    /** The new revision the view makes, stored; null when the record shows nothing new. */
    private EnrichedArticle relate(String id, RelatedView view) {
        return relate(id, articles.get(id), null, RelatedViews.relationsOf(view));
    }

    /** As above, for the article's state, with the feed links that waited ({@code feedLinks}, or null). */
    private EnrichedArticle relate(String id, ArticleState state, FeedReply feedLinks, ArticleRelations relations) {
        String processedAt = Instant.ofEpochMilli(context().currentSystemTimeMs()).toString();
        LedgerOutcome outcome = feedLinks == null ? ledger.relate(state, relations, processedAt)
                : ledger.relate(state, feedLinks.source(), feedLinks.version(), feedLinks.previous(), feedLinks.next(),
                        relations, processedAt);
        if (outcome.state() != null && outcome.state() != state) {
            articles.put(id, outcome.state());
        }
        if (outcome.published() == null) {
            return null;
        }
        events.revisionEmitted(outcome.published().source());
        return outcome.published();
    }
}
