package articleflow.accept;

import articleflow.ops.PipelineEvents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The accept stage in the topology: raw bytes in, accepted articles (or withdrawals, as null values) out,
 * keyed by article id. A refused record is thrown to the dead-letter handler with its reason.
 */
public final class AcceptProcessor implements Processor<byte[], byte[], String, AcceptedArticle> {

    public static final String STAGE = "accept";

    private final ArticleValidator validator;
    private final PipelineEvents events;
    private ProcessorContext<String, AcceptedArticle> context;

    public AcceptProcessor(ArticleValidator validator, PipelineEvents events) {
        this.validator = validator;
        this.events = events;
    }

    @Override
    public void init(ProcessorContext<String, AcceptedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        Verdict verdict = validator.decide(key, record.value(), Instant.ofEpochMilli(record.timestamp()));
        // after the by-id repartition the record already names its place in articles.raw
        context.recordMetadata()
                .filter(meta -> Lineage.read(record.headers(), Lineage.OFFSET) == null)
                .ifPresent(raw -> stamp(record, raw));
        if (verdict instanceof Rejection rejection) {
            throw new RejectedRecordException(STAGE, rejection.reason(), rejection.message());
        } else if (verdict instanceof Withdrawal withdrawal) {
            context.forward(record.withKey(withdrawal.id()).withValue(null));
        } else if (verdict instanceof AcceptedArticle article) {
            events.accepted(article.source());
            context.forward(record.withKey(article.id()).withValue(article));
        }
    }

    private static void stamp(Record<byte[], byte[]> record, RecordMetadata raw) {
        Lineage.stamp(record.headers(), raw.topic(), raw.partition(), raw.offset());
    }
}
