package articleflow.topology.stages;

import articleflow.accept.AcceptedArticle;
import articleflow.assemble.ArticleDraft;
import articleflow.events.PipelineEvents;
import articleflow.model.RejectReason;
import articleflow.normalize.NormalizedText;
import articleflow.normalize.Normalizer;
import articleflow.topology.errors.RejectedRecordException;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The normalize stage in the topology, stateless so the expensive text work runs on every partition: an
 * accepted article becomes a draft of clean paragraphs; one with no text left is dead-lettered as
 * {@code empty_text}. Withdrawals (null values) pass through.
 */
public final class NormalizeProcessor extends ContextualFixedKeyProcessor<String, AcceptedArticle, ArticleDraft> {

    public static final String STAGE = "normalize";

    private final Normalizer normalizer;
    private final PipelineEvents events;

    public NormalizeProcessor(Normalizer normalizer, PipelineEvents events) {
        this.normalizer = normalizer;
        this.events = events;
    }

    @Override
    public void process(FixedKeyRecord<String, AcceptedArticle> record) {
        AcceptedArticle article = record.value();
        if (article == null) {
            context().forward(record.withValue(null));
            return;
        }
        long started = System.nanoTime();
        NormalizedText text = normalizer.normalize(article.meta().title(), article.body(), article.contentType());
        events.normalizeNanos(System.nanoTime() - started);
        if (text.paragraphs().isEmpty()) {
            throw new RejectedRecordException(STAGE, RejectReason.EMPTY_TEXT,
                    "no text is left once markup and page furniture are removed");
        }
        context().forward(record.withValue(new ArticleDraft(article.meta().withTitle(text.title()), text.paragraphs())));
    }
}
