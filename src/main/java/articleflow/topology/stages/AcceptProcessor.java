package articleflow.topology.stages;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
import articleflow.accept.Rejection;
import articleflow.accept.Verdict;
import articleflow.accept.Withdrawal;
import articleflow.events.PipelineEvents;
import articleflow.topology.errors.Lineage;
import articleflow.topology.errors.RejectedRecordException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The accept stage in the topology: raw bytes in, accepted articles (or withdrawals, as null values) out,
 * keyed by article id. A refused record is thrown to the dead-letter handler with its reason.
 */
public final class AcceptProcessor extends ContextualProcessor<byte[], byte[], String, AcceptedArticle> {

    public static final String STAGE = "accept";

    private final ArticleValidator validator;
    private final PipelineEvents events;

    public AcceptProcessor(ArticleValidator validator, PipelineEvents events) {
        this.validator = validator;
        this.events = events;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        Verdict verdict = validator.decide(key, record.value(), Instant.ofEpochMilli(record.timestamp()));
        // after the by-id repartition the record already names its place in articles.raw
        if (Lineage.read(record.headers(), Lineage.OFFSET) == null) {
            context().recordMetadata().ifPresent(raw ->
                    Lineage.stamp(record.headers(), raw.topic(), raw.partition(), raw.offset()));
        }
        if (verdict instanceof Rejection rejection) {
            throw new RejectedRecordException(STAGE, rejection.reason(), rejection.message());
        } else if (verdict instanceof Withdrawal withdrawal) {
            context().forward(record.withKey(withdrawal.id()).withValue(null));
        } else if (verdict instanceof AcceptedArticle article) {
            events.accepted(article.source());
            context().forward(record.withKey(article.id()).withValue(article));
        }
    }
}
