package articleflow.topology.stages;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.Rejection;
import articleflow.accept.Verdict;
import articleflow.accept.Withdrawal;
import articleflow.events.PipelineEvents;
import articleflow.model.RejectReason;
import articleflow.topology.errors.Lineage;
import articleflow.topology.errors.RejectedRecordException;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The accept stage in the topology: raw bytes in, accepted articles (or withdrawals, as null values) out,
 * keyed by article id. A refused record is thrown to the dead-letter handler with its reason.
 */
public final class AcceptProcessor extends ContextualProcessor<byte[], byte[], String, AcceptedArticle> {

    public static final String STAGE = "accept";

    private final Verdicts validator;
    private final String rawTopic;
    private final PipelineEvents events;

    public AcceptProcessor(Verdicts validator, String rawTopic, PipelineEvents events) {
        this.validator = validator;
        this.rawTopic = rawTopic;
        this.events = events;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        // straight from the raw topic, the record's place is stamped here (over anything a publisher sent in
        // these headers); after the by-id repartition it was stamped before the hop
        context().recordMetadata()
                .filter(meta -> meta.topic().equals(rawTopic) || Lineage.read(record.headers(), Lineage.OFFSET) == null)
                .ifPresent(raw -> Lineage.stamp(record.headers(), raw.topic(), raw.partition(), raw.offset()));
        String key = null;
        if (record.key() != null) {
            key = ArticleKeys.decode(record.key());
            if (key == null) {
                throw new RejectedRecordException(STAGE, RejectReason.INVALID_KEY, "the record key is not valid UTF-8");
            }
        }
        Verdict verdict = validator.decide(key, record.value(), Instant.ofEpochMilli(record.timestamp()));
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
