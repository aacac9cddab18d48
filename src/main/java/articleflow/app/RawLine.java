package articleflow.app;

import articleflow.model.ArticleJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * One line of a JSON-lines feed file as a Kafka record: the whole line is the value, untouched, and the key is
 * null so the id comes from the value as it would for an unkeyed producer. A line
 * {@code {"id": "…", "withdrawn": true}} stands for a tombstone, the one thing a JSON line cannot say itself.
 */
public record RawLine(byte[] key, byte[] value) {

    private static final ObjectMapper JSON = ArticleJson.mapper();

    public static RawLine of(String line) {
        String trimmed = line.trim();
        if (trimmed.startsWith("{") && trimmed.contains("\"withdrawn\"")) {
            try {
                JsonNode node = JSON.readTree(trimmed);
                if (node.path("withdrawn").asBoolean(false) && node.path("id").isTextual() && node.size() == 2) {
                    return new RawLine(node.get("id").textValue().getBytes(StandardCharsets.UTF_8), null);
                }
            } catch (Exception notJson) {
                // not a withdrawal line: accept will judge the bytes as they are
            }
        }
        return new RawLine(null, line.getBytes(StandardCharsets.UTF_8));
    }
}
