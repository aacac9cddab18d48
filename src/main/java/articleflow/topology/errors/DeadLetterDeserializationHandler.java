package articleflow.topology.errors;

import articleflow.model.RejectReason;
import articleflow.events.PipelineEvents;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Unreadable bytes on an internal topic (raw records are read as bytes and never fail here) go to the
 * dead-letter topic with reason {@code undeserializable} instead of stopping the application.
 */
public class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {

    private PipelineEvents events = PipelineEvents.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        events = DeadLetters.events(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        RejectReason reason = DeadLetters.annotate(response.deadLetterQueueRecords(), context, exception, "read",
                RejectReason.UNDESERIALIZABLE);
        if (response.result() == Result.RESUME) {
            DeadLetters.count(events, response.deadLetterQueueRecords(), reason);
        }
        return response;
    }
}
