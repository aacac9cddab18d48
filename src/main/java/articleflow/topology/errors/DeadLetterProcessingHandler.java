package articleflow.topology.errors;

import articleflow.model.RejectReason;
import articleflow.events.LogSafe;
import articleflow.events.PipelineEvents;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' log-and-continue handler with its dead-letter records (the original key and value bytes and
 * the {@code __streams.errors.*} headers), plus articleflow's stage and reason. Expected rejections are logged
 * in one line, unexpected errors with their stack trace.
 */
public class DeadLetterProcessingHandler extends LogAndContinueProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    /**
     * Off while {@code enrich} runs: it writes every rejection as a line of its own --dlq, so a log line for each would
     * only repeat it on stderr. A flag rather than the logger's level, which is fixed for the JVM once first read.
     */
    private static volatile boolean logRejections = true;

    private PipelineEvents events = PipelineEvents.NONE;

    /** Whether expected rejections are logged (unexpected errors always are); returns the previous setting. */
    public static boolean logRejections(boolean log) {
        boolean before = logRejections;
        logRejections = log;
        return before;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        events = DeadLetters.events(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        // Kafka's own warning is switched off in simplelogger.properties: this line replaces it
        if (exception instanceof RejectedRecordException rejected) {
            if (logRejections) {
                LOG.info("dead-lettered {}-{}@{}: {} {}", LogSafe.quote(context.topic()), context.partition(),
                        context.offset(), rejected.reason().code(), LogSafe.quote(rejected.getMessage()));
            }
        } else {
            LOG.warn("dead-lettered {}-{}@{} after an unexpected error in {}", LogSafe.quote(context.topic()),
                    context.partition(), context.offset(), context.processorNodeId(), LogSafe.exception(exception));
        }
        Response response = super.handleError(context, record, exception);
        RejectReason reason = DeadLetters.annotate(response.deadLetterQueueRecords(), context, exception, "unknown",
                RejectReason.PROCESSING_ERROR);
        if (response.result() == Result.RESUME) {
            DeadLetters.count(events, response.deadLetterQueueRecords(), reason);
        }
        return response;
    }
}
