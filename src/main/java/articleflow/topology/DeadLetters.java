package articleflow.topology;

import articleflow.accept.RejectReason;
import articleflow.accept.Lineage;
import articleflow.accept.RejectedRecordException;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Adds articleflow's stage and reason to the dead-letter records Kafka Streams builds, and puts back the
 * coordinates of the record in {@code articles.raw} when the error was found after a repartition.
 */
public final class DeadLetters {

    public static final String STAGE_HEADER = "articleflow.error.stage";
    public static final String REASON_HEADER = "articleflow.error.reason";
    /**
     * "internal" when the error was found after the by-source repartition, where the record is articleflow's own
     * message rather than the publisher's bytes: such a letter names the raw record but cannot be replayed as is.
     */
    public static final String PAYLOAD_HEADER = "articleflow.error.payload";
    static final String ERRORS_TOPIC = "__streams.errors.topic";
    static final String ERRORS_PARTITION = "__streams.errors.partition";
    static final String ERRORS_OFFSET = "__streams.errors.offset";

    private DeadLetters() {
    }

    static void annotate(List<ProducerRecord<byte[], byte[]>> records, ErrorHandlerContext context,
                         Exception exception, String fallbackStage, RejectReason fallbackReason) {
        String stage = fallbackStage;
        RejectReason reason = fallbackReason;
        if (exception instanceof RejectedRecordException rejected) {
            stage = rejected.stage();
            reason = rejected.reason();
        } else if (context.processorNodeId() != null && context.processorNodeId().contains(".")) {
            stage = context.processorNodeId().substring(0, context.processorNodeId().indexOf('.'));
        }
        for (ProducerRecord<byte[], byte[]> record : records) {
            Headers headers = record.headers();
            headers.remove(STAGE_HEADER).remove(REASON_HEADER);
            headers.add(STAGE_HEADER, Lineage.bytes(stage));
            headers.add(REASON_HEADER, Lineage.bytes(reason.code()));
            restoreRawCoordinates(headers, context.headers());
            headers.remove(PAYLOAD_HEADER);
            headers.add(PAYLOAD_HEADER, Lineage.bytes(carriesRawBytes(context.topic()) ? "raw" : "internal"));
        }
    }

    /** The raw topic and the by-id repartition carry the publisher's bytes; the later hops carry our own messages. */
    private static boolean carriesRawBytes(String topic) {
        return topic == null || !(topic.endsWith("-" + ArticleflowTopology.BY_SOURCE_TOPIC + "-repartition")
                || topic.endsWith("-" + ArticleflowTopology.FEED_REPLIES_TOPIC + "-repartition"));
    }

    private static void restoreRawCoordinates(Headers deadLetter, Headers source) {
        String topic = Lineage.read(source, Lineage.TOPIC);
        String partition = Lineage.read(source, Lineage.PARTITION);
        String offset = Lineage.read(source, Lineage.OFFSET);
        if (topic == null || partition == null || offset == null) {
            return;
        }
        deadLetter.remove(ERRORS_TOPIC).remove(ERRORS_PARTITION).remove(ERRORS_OFFSET);
        deadLetter.add(ERRORS_TOPIC, Lineage.bytes(topic));
        deadLetter.add(ERRORS_PARTITION, Lineage.bytes(partition));
        deadLetter.add(ERRORS_OFFSET, Lineage.bytes(offset));
    }
}
