package articleflow.topology.stages;

import articleflow.assemble.ArticleDraft;
import articleflow.model.ArticleMeta;
import articleflow.related.IndexedTerms;
import articleflow.related.RecentAnalyses;
import articleflow.related.RelatedSettings;
import articleflow.related.TermCounter;
import articleflow.topology.wire.IntakeOutput;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The related stage's first step, by id, right after intake: counts each accepted version's terms into the
 * partition's document frequencies, and a withdrawn article's out, in the order the partition received them
 * (see {@link TermCounter}). Forwards nothing: what it counted waits in the {@code related-terms} store for the
 * version to be indexed once its feed reply settles it.
 */
public final class RelatedCountProcessor extends ContextualFixedKeyProcessor<String, IntakeOutput, Void> {

    /** How often what fell behind the horizon leaves the document frequencies. */
    private static final Duration EVICT_EVERY = Duration.ofMinutes(10);

    private final RecentAnalyses analyses;
    private final RelatedSettings settings;
    private final String termsStore;
    private TermCounter counter;
    private long newestPublished = Long.MIN_VALUE;

    public RelatedCountProcessor(RecentAnalyses analyses, RelatedSettings settings, String termsStore) {
        this.analyses = analyses;
        this.settings = settings;
        this.termsStore = termsStore;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Void> context) {
        super.init(context);
        var terms = KeyValueRelatedStores.terms(context.getStateStore(termsStore));
        for (IndexedTerms counted : terms.all()) {
            newestPublished = Math.max(newestPublished, counted.publishedAtMillis());
        }
        counter = TermCounter.restored(analyses, settings, terms);
        // by the publication clock of this task, not arrival: a backfill of old articles is still counted
        context.schedule(EVICT_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> {
            if (newestPublished != Long.MIN_VALUE) {
                counter.evict(newestPublished);
            }
        });
    }

    @Override
    public void process(FixedKeyRecord<String, IntakeOutput> record) {
        IntakeOutput out = record.value();
        if (out.isWithdrawal()) {
            counter.uncount(out.withdrawnId());
        } else if (out.isAccepted()) {
            ArticleDraft draft = out.accepted();
            ArticleMeta meta = draft.meta();
            newestPublished = Math.max(newestPublished, meta.publishedAtMillis());
            counter.count(meta.id(), out.acceptedVersion(), meta.language(), meta.publishedAtMillis(), meta.title(),
                    String.join("\n\n", draft.paragraphs()));
        }
    }
}
