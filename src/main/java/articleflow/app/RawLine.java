package articleflow.app;

import articleflow.model.ArticleJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * One line of a JSON-lines feed file as a Kafka record: the whole line is the value, byte for byte, and the key is
 * null so the id comes from the value as it would for an unkeyed producer. A line
 * {@code {"id": "…", "withdrawn": true}} stands for a tombstone, the one thing a JSON line cannot say itself.
 */
public record RawLine(byte[] key, byte[] value) {

    public static RawLine of(String line) {
        return of(line.getBytes(StandardCharsets.UTF_8));
    }

    public static RawLine of(byte[] line) {
        if (mayBeWithdrawal(line)) {
            try {
                JsonNode node = ArticleJson.mapper().readTree(line);
                if (node.path("withdrawn").asBoolean(false) && node.path("id").isTextual() && node.size() == 2) {
                    return new RawLine(node.get("id").textValue().getBytes(StandardCharsets.UTF_8), null);
                }
            } catch (Exception notJson) {
                // not a withdrawal line: accept will judge the bytes as they are
            }
        }
        return new RawLine(null, line);
    }

    /** A withdrawal line is short; only those are parsed here, whatever else the feed holds. */
    private static boolean mayBeWithdrawal(byte[] line) {
        if (line.length > 4096) {
            return false;
        }
        String text = new String(line, StandardCharsets.UTF_8);
        return text.contains("\"withdrawn\"");
    }
}
