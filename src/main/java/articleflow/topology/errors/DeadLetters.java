package articleflow.topology.errors;

import articleflow.model.ArticleJson;
import articleflow.topology.wire.InternalNames;
import articleflow.model.RejectReason;
import articleflow.events.PipelineEvents;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
    /**
     * The key under which the Streams configuration carries the {@link PipelineEvents} the handlers count dead
     * letters on: Kafka creates the handlers by class name and hands them the configuration map.
     */
    public static final String EVENTS_CONFIG = "articleflow.events";

    public static final String ERRORS_TOPIC = "__streams.errors.topic";
    public static final String ERRORS_PARTITION = "__streams.errors.partition";
    public static final String ERRORS_OFFSET = "__streams.errors.offset";

    private DeadLetters() {
    }

    /** The events named in a handler's configuration, or none (offline, or a test driver configured without). */
    static PipelineEvents events(Map<String, ?> configs) {
        return configs != null && configs.get(EVENTS_CONFIG) instanceof PipelineEvents events ? events : PipelineEvents.NONE;
    }

    /** Counts the dead letters that are about to be written, by reason and by the publisher their value names. */
    static void count(PipelineEvents events, List<ProducerRecord<byte[], byte[]>> records, RejectReason reason) {
        for (ProducerRecord<byte[], byte[]> record : records) {
            events.rejected(reason.code(), sourceOf(record.value()));
        }
    }

    /**
     * The top-level {@code "source"} string of a value that is one well-formed JSON object, or null. Read as a
     * token stream without building a tree: a dead letter costs one pass over its bytes, whatever its size.
     */
    static String sourceOf(byte[] value) {
        if (value == null || value.length == 0) {
            return null;
        }
        try (JsonParser parser = ArticleJson.factory().createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String source = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("source".equals(field) && token == JsonToken.VALUE_STRING) {
                    source = parser.getText();
                }
                parser.skipChildren();
            }
            // a source read before the bytes break off is not trusted: only readable JSON names its publisher
            return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null ? source : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A dead letter for a record Kafka refused to write: the raw record being processed, key and value untouched,
     * when Kafka still holds it, else the refused record's key and no value (its bytes are what was too large);
     * with the coordinates of the raw record and a timestamp the broker accepts.
     */
    static ProducerRecord<byte[], byte[]> fromContext(String topic, ErrorHandlerContext context,
                                                      ProducerRecord<byte[], byte[]> refused, Exception exception) {
        byte[] key = context.sourceRawKey() != null ? context.sourceRawKey() : refused.key();
        byte[] value = context.sourceRawValue();
        long timestamp = context.timestamp() >= 0 ? context.timestamp() : System.currentTimeMillis();
        Headers headers = new RecordHeaders();
        headers.add(ERRORS_TOPIC, Lineage.bytes(String.valueOf(context.topic())));
        headers.add(ERRORS_PARTITION, Lineage.bytes(String.valueOf(context.partition())));
        headers.add(ERRORS_OFFSET, Lineage.bytes(String.valueOf(context.offset())));
        headers.add("__streams.errors.exception", Lineage.bytes(exception.getClass().getName()));
        headers.add("__streams.errors.message", Lineage.bytes(String.valueOf(exception.getMessage())));
        headers.add("articleflow.error.refused.topic", Lineage.bytes(String.valueOf(refused.topic())));
        if (value == null) {
            // Kafka had already let go of the raw record: the letter names it, but cannot carry it
            headers.add(PAYLOAD_HEADER, Lineage.bytes("none"));
        }
        return new ProducerRecord<>(topic, null, timestamp, key, value, headers);
    }

    /** @return the reason written on the records */
    static RejectReason annotate(List<ProducerRecord<byte[], byte[]>> records, ErrorHandlerContext context,
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
            boolean nothingKept = "none".equals(Lineage.read(headers, PAYLOAD_HEADER));
            headers.remove(PAYLOAD_HEADER);
            headers.add(PAYLOAD_HEADER, Lineage.bytes(nothingKept ? "none" : payloadOf(context)));
        }
        return reason;
    }

    /** "raw" for the publisher's bytes, "internal" for one of our messages. */
    private static String payloadOf(ErrorHandlerContext context) {
        return carriesRawBytes(context.topic()) ? "raw" : "internal";
    }

    /** The raw topic and the by-id repartition carry the publisher's bytes; the later hops carry our own messages. */
    private static boolean carriesRawBytes(String topic) {
        return topic == null || !(topic.endsWith("-" + InternalNames.BY_SOURCE_TOPIC + "-repartition")
                || topic.endsWith("-" + InternalNames.FEED_REPLIES_TOPIC + "-repartition"));
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
