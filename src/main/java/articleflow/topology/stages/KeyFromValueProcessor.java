package articleflow.topology.stages;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
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
 * For a raw record without a key: finds the article id in the value and forwards the untouched bytes under it,
 * so the record can be repartitioned by id and then accepted like any keyed record.
 */
public final class KeyFromValueProcessor extends ContextualProcessor<byte[], byte[], byte[], byte[]> {

    private final ArticleValidator validator;

    public KeyFromValueProcessor(ArticleValidator validator) {
        this.validator = validator;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        Verdict verdict = validator.decide(null, record.value(), Instant.ofEpochMilli(record.timestamp()));
        context().recordMetadata().ifPresent(raw ->
                Lineage.stamp(record.headers(), raw.topic(), raw.partition(), raw.offset()));
        if (verdict instanceof Rejection rejection) {
            throw new RejectedRecordException(AcceptProcessor.STAGE, rejection.reason(), rejection.message());
        }
        String id = verdict instanceof AcceptedArticle article ? article.id() : ((Withdrawal) verdict).id();
        context().forward(record.withKey(id.getBytes(StandardCharsets.UTF_8)));
    }
}
