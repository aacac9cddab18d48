package articleflow.topology.stages;

import articleflow.assemble.ArticleDraft;
import articleflow.assemble.ArticleState;
import articleflow.model.ArticleMeta;
import articleflow.model.EnrichedArticle;
import articleflow.related.ArticleInput;
import articleflow.related.ArticleMessage;
import articleflow.related.BucketMessage;
import articleflow.related.BucketMessages;
import articleflow.related.IndexedTerms;
import articleflow.related.IndexedTermsStore;
import articleflow.related.RecentAnalyses;
import articleflow.related.RelatedArticles;
import articleflow.related.RelatedOutcome;
import articleflow.related.RelatedSettings;
import articleflow.related.RelatedState;
import articleflow.related.RelatedView;
import articleflow.topology.wire.RelatedOutput;
import articleflow.topology.wire.RelatedStep;
import articleflow.topology.wire.Settlement;
import java.time.Duration;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The related stage, by article id: indexes each settled version (its keywords go out with it to be published),
 * files it in its term and band buckets, and takes back what a corrected or withdrawn version contributed. Document
 * frequencies were counted when the version was accepted ({@code related.count}): each version is weighed with the
 * snapshot taken then.
 */
public final class RelatedIndexProcessor extends ContextualProcessor<String, RelatedStep, String, RelatedOutput> {

    /** How often what fell behind the horizon leaves the document frequencies and the state. */
    private static final Duration EVICT_EVERY = Duration.ofMinutes(10);

    private final RecentAnalyses analyses;
    private final RelatedSettings settings;
    private final String statesStore;
    private final String termsStore;
    private final String articlesStore;
    private final ToIntFunction<String> bucketPartition;
    private RelatedArticles related;
    private KeyValueStore<String, ArticleState> articles;
    private long newestPublished = Long.MIN_VALUE;

    /**
     * @param bucketPartitions partitions of the by-bucket repartition topic: the messages for buckets on one partition
     *                         go as one
     */
    public RelatedIndexProcessor(RecentAnalyses analyses, RelatedSettings settings, String statesStore, String termsStore,
                                 String articlesStore, int bucketPartitions) {
        this.bucketPartition = KeyPartitions.of(bucketPartitions);
        this.analyses = analyses;
        this.settings = settings;
        this.statesStore = statesStore;
        this.termsStore = termsStore;
        this.articlesStore = articlesStore;
    }

    @Override
    public void init(ProcessorContext<String, RelatedOutput> context) {
        super.init(context);
        KeyValueStore<String, RelatedState> states = context.getStateStore(statesStore);
        IndexedTermsStore terms = KeyValueRelatedStores.terms(context.getStateStore(termsStore));
        articles = context.getStateStore(articlesStore);
        for (IndexedTerms indexed : terms.all()) {
            newestPublished = Math.max(newestPublished, indexed.publishedAtMillis());
        }
        related = RelatedArticles.countedUpstream(analyses, settings, terms, KeyValueRelatedStores.states(states));
        // by the publication clock of this task, not arrival: a backfill of old articles still links them
        context.schedule(EVICT_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> {
            if (newestPublished != Long.MIN_VALUE) {
                related.evict(newestPublished);
            }
        });
    }

    @Override
    public void process(Record<String, RelatedStep> record) {
        RelatedStep step = record.value();
        if (step.settlement() == null) {
            send(record, related.withdraw(step.withdrawnId(), step.withdrawnVersion()));
            return;
        }
        Settlement settlement = step.settlement();
        ArticleDraft draft = settlement.draft();
        ArticleMeta meta = draft.meta();
        String text = String.join("\n\n", draft.paragraphs());
        ArticleState state = articles.get(record.key());
        RelatedOutcome outcome = RelatedOutcome.NOTHING;
        if (state == null || !showsTheSame(state.published(), meta, text)) {
            newestPublished = Math.max(newestPublished, meta.publishedAtMillis());
            outcome = related.index(new ArticleInput(meta.id(), settlement.reply().version(), meta.language(),
                    meta.title(), meta.url(), meta.source(), meta.publishedAt(), meta.publishedAtMillis(),
                    acceptedText(state, settlement.reply().version(), text)));
        }
        RelatedView view = outcome.views().isEmpty() ? related.viewOf(record.key()) : outcome.views().get(0);
        // the article first, so that it is published before any pair about it can come back
        context().forward(record.withValue(new RelatedOutput.Settled(
                settlement.withRelations(RelatedViews.relationsOf(view)))));
        send(record, outcome);
    }

    private void send(Record<String, RelatedStep> cause, RelatedOutcome outcome) {
        for (BucketMessage message : BucketMessages.byPartition(outcome.toBuckets(), bucketPartition)) {
            context().forward(cause.withKey(message.bucketKey()).withValue(new RelatedOutput.ToBucket(message)));
        }
        for (ArticleMessage message : outcome.toArticles()) {
            context().forward(cause.withKey(message.targetId()).withValue(new RelatedOutput.ToArticle(message)));
        }
    }

    /**
     * The text as it was accepted, the one {@code related.count} counted: before the publisher's learned furniture
     * is stripped. Which lines count as learned depends on the order the feed's articles met in their source's
     * partition, which differs from run to run; the accepted text does not, so neither do the related lists.
     */
    private static String acceptedText(ArticleState state, long version, String settledText) {
        return state != null && state.pending() != null && state.draftVersion() == version
                ? String.join("\n\n", state.pending().paragraphs()) : settledText;
    }

    /** An unchanged version (a re-read, or a correction of nothing related cares for) is not indexed again. */
    private static boolean showsTheSame(EnrichedArticle published, ArticleMeta meta, String text) {
        return published != null && Objects.equals(published.title(), meta.title())
                && Objects.equals(published.url(), meta.url()) && Objects.equals(published.source(), meta.source())
                && Objects.equals(published.publishedAt(), meta.publishedAt())
                && Objects.equals(published.language(), meta.language()) && published.text().equals(text);
    }
}
