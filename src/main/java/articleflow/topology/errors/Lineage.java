package articleflow.topology.errors;

import articleflow.assemble.VersionStamp;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Where a record came from in {@code articles.raw}. Accept stamps these headers on everything it forwards;
 * they travel through the repartition topics, so an error found later still names the raw record.
 */
public final class Lineage {

    public static final String TOPIC = "articleflow.raw.topic";
    public static final String PARTITION = "articleflow.raw.partition";
    public static final String OFFSET = "articleflow.raw.offset";
    /**
     * Set by {@code dlq replay} on a record it sends back: where the dead-lettered record stood in the raw topic,
     * so that the version it carries is ordered as that record, not as a new one.
     */
    public static final String REPLAY_PARTITION = "articleflow.replay.partition";
    public static final String REPLAY_OFFSET = "articleflow.replay.offset";

    private Lineage() {
    }

    public static void stamp(Headers headers, String topic, int partition, long offset) {
        headers.remove(TOPIC).remove(PARTITION).remove(OFFSET);
        headers.add(TOPIC, bytes(topic));
        headers.add(PARTITION, bytes(Integer.toString(partition)));
        headers.add(OFFSET, bytes(Long.toString(offset)));
    }

    /**
     * Where this version of an article stands in its publisher's stream: the replayed record's place when it is a
     * replay, else its own place in the raw topic; null when neither is known.
     */
    public static VersionStamp versionStamp(Headers headers, long timestamp) {
        VersionStamp replayed = stampOf(read(headers, REPLAY_PARTITION), read(headers, REPLAY_OFFSET), timestamp);
        return replayed != null ? replayed : stampOf(read(headers, PARTITION), read(headers, OFFSET), timestamp);
    }

    private static VersionStamp stampOf(String partition, String offset, long timestamp) {
        if (partition == null || offset == null) {
            return null;
        }
        try {
            return new VersionStamp(Integer.parseInt(partition), Long.parseLong(offset), timestamp);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String read(Headers headers, String name) {
        if (headers == null) {
            return null;
        }
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
