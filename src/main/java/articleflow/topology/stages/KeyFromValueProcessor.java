package articleflow.topology.stages;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.Rejection;
import articleflow.accept.Verdict;
import articleflow.accept.Withdrawal;
import articleflow.topology.errors.Lineage;
import articleflow.topology.errors.RejectedRecordException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * For a raw record that is not where its id's state lives: a keyed record on another partition keeps its key;
 * a record without a key takes the article id from its value. Either way the untouched bytes are forwarded for
 * the by-id repartition, stamped with where they came from, and then accepted like any record in place.
 */
public final class KeyFromValueProcessor extends ContextualProcessor<byte[], byte[], byte[], byte[]> {

    private final Verdicts validator;

    public KeyFromValueProcessor(Verdicts validator) {
        this.validator = validator;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        context().recordMetadata().ifPresent(raw ->
                Lineage.stamp(record.headers(), raw.topic(), raw.partition(), raw.offset()));
        if (record.key() != null) {
            context().forward(record);
            return;
        }
        Verdict verdict = validator.decide(null, record.value(), Instant.ofEpochMilli(record.timestamp()));
        if (verdict instanceof Rejection rejection) {
            throw new RejectedRecordException(AcceptProcessor.STAGE, rejection.reason(), rejection.message());
        }
        String id = verdict instanceof AcceptedArticle article ? article.id() : ((Withdrawal) verdict).id();
        context().forward(record.withKey(id.getBytes(StandardCharsets.UTF_8)));
    }
}
