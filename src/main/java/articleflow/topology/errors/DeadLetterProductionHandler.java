package articleflow.topology.errors;

import articleflow.model.RejectReason;
import articleflow.events.PipelineEvents;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record the broker refuses for good (too large) is dead-lettered and processing goes on; retriable errors
 * keep Kafka's default behaviour (retry, then fail so the thread is replaced and the record is not lost).
 */
public class DeadLetterProductionHandler extends DefaultProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private PipelineEvents events = PipelineEvents.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        events = DeadLetters.events(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        if (exception instanceof RecordTooLargeException) {
            LOG.warn("dead-lettered a record for {} that the broker refuses as too large", record.topic());
            List<ProducerRecord<byte[], byte[]>> letters = response.deadLetterQueueRecords();
            DeadLetters.annotate(letters, context, exception, "publish", RejectReason.TOO_LARGE);
            DeadLetters.count(events, letters, RejectReason.TOO_LARGE);
            return Response.resume(letters);
        }
        DeadLetters.annotate(response.deadLetterQueueRecords(), context, exception, "publish",
                RejectReason.PRODUCTION_ERROR);
        countIfResumed(response);
        return response;
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        Response response = super.handleSerializationError(context, record, exception, origin);
        DeadLetters.annotate(response.deadLetterQueueRecords(), context, exception, "publish",
                RejectReason.PRODUCTION_ERROR);
        countIfResumed(response);
        return response;
    }

    /** A failed response stops the thread and the record is processed again: it is counted when it is let go. */
    private void countIfResumed(Response response) {
        if (response.result() == Result.RESUME) {
            DeadLetters.count(events, response.deadLetterQueueRecords(), RejectReason.PRODUCTION_ERROR);
        }
    }
}
