package articleflow.topology.errors;

import articleflow.events.LogSafe;
import articleflow.events.PipelineEvents;
import articleflow.model.RejectReason;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record the broker refuses for good (too large) is dead-lettered and processing goes on, whatever topic it
 * was for: the letter is built here, from the raw record that caused it where Kafka still has it, because
 * Kafka's own builder fails on a changelog write (it has no record timestamp there). Retriable errors are
 * retried; anything else fails the thread so the record is processed again, never lost.
 */
public class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private PipelineEvents events = PipelineEvents.NONE;
    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        events = DeadLetters.events(configs);
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RecordTooLargeException && deadLetterTopic != null) {
            LOG.warn("dead-lettered a record for {} that the broker refuses as too large: {}",
                    LogSafe.quote(record.topic()), LogSafe.quote(exception.getMessage()));
            List<ProducerRecord<byte[], byte[]>> letters = List.of(DeadLetters.fromContext(deadLetterTopic, context, record, exception));
            DeadLetters.annotate(letters, context, exception, "publish", RejectReason.TOO_LARGE);
            DeadLetters.count(events, letters, RejectReason.TOO_LARGE);
            return Response.resume(letters);
        }
        return exception instanceof RetriableException ? Response.retry() : Response.fail();
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        // our own serdes failed on our own record: a bug, so the thread stops and the record is processed again
        LOG.error("could not serialize a record for {}", LogSafe.quote(record.topic()), LogSafe.exception(exception));
        return Response.fail();
    }
}
