package articleflow.topology.errors;

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

    private Lineage() {
    }

    public static void stamp(Headers headers, String topic, int partition, long offset) {
        headers.remove(TOPIC).remove(PARTITION).remove(OFFSET);
        headers.add(TOPIC, bytes(topic));
        headers.add(PARTITION, bytes(Integer.toString(partition)));
        headers.add(OFFSET, bytes(Long.toString(offset)));
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
