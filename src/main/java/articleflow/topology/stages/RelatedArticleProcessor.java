package articleflow.topology.stages;

import articleflow.analysis.TextAnalyzer;
import articleflow.related.ArticleMessage;
import articleflow.related.IndexedTermsStore;
import articleflow.related.RelatedArticles;
import articleflow.related.RelatedOutcome;
import articleflow.related.RelatedSettings;
import articleflow.related.RelatedView;
import articleflow.topology.wire.RelatedOutput;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The related stage, back by article id: a pair score or a retraction changes the article's list; a new view of
 * it goes on to be published, and a pair naming an old version of it is answered with a retraction.
 */
public final class RelatedArticleProcessor extends ContextualProcessor<String, ArticleMessage, String, RelatedOutput> {

    private final TextAnalyzer analyzer;
    private final RelatedSettings settings;
    private final String statesStore;
    private final String termsStore;
    private RelatedArticles related;

    public RelatedArticleProcessor(TextAnalyzer analyzer, RelatedSettings settings, String statesStore, String termsStore) {
        this.analyzer = analyzer;
        this.settings = settings;
        this.statesStore = statesStore;
        this.termsStore = termsStore;
    }

    @Override
    public void init(ProcessorContext<String, RelatedOutput> context) {
        super.init(context);
        IndexedTermsStore terms = KeyValueRelatedStores.terms(context.getStateStore(termsStore));
        // receiving a pair or a retraction never counts terms: the indexing step owns the frequencies
        related = RelatedArticles.countedUpstream(analyzer, settings, terms,
                KeyValueRelatedStores.states(context.getStateStore(statesStore)));
    }

    @Override
    public void process(Record<String, ArticleMessage> record) {
        RelatedOutcome outcome = related.receive(record.value());
        for (RelatedView view : outcome.views()) {
            context().forward(record.withKey(view.id()).withValue(new RelatedOutput.View(view)));
        }
        for (ArticleMessage message : outcome.toArticles()) {
            context().forward(record.withKey(message.targetId()).withValue(new RelatedOutput.ToArticle(message)));
        }
    }
}
