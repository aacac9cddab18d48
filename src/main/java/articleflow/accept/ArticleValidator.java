package articleflow.accept;

import articleflow.normalize.ContentType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what one raw record is: an article to enrich, a withdrawal, or a rejection with a reason.
 * The record key is the article id and is authoritative; a record without a key takes its id from
 * the value ({@code id}, else {@code url}).
 */
public final class ArticleValidator {

    /** Room for the JSON around the body before the whole value counts as too large. */
    private static final int ENVELOPE_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxBodyBytes;

    public ArticleValidator(int maxBodyBytes) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * @param key        the record key as text, or null
     * @param value      the record value, or null for a tombstone
     * @param recordTime the record timestamp, standing in for a missing {@code published_at}
     */
    public Verdict decide(String key, byte[] value, Instant recordTime) {
        if (value == null) {
            return key == null || key.isBlank()
                    ? new Rejection(RejectReason.MISSING_KEY, "a withdrawal (null value) needs the article id as its key")
                    : new Withdrawal(key);
        }
        if (value.length > maxBodyBytes + ENVELOPE_BYTES) {
            return new Rejection(RejectReason.TOO_LARGE,
                    "record of " + value.length + " bytes exceeds the body limit of " + maxBodyBytes + " bytes");
        }
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (JsonProcessingException | RuntimeException e) {
            return new Rejection(RejectReason.INVALID_JSON, "value is not JSON: " + firstLine(e.getMessage()));
        } catch (java.io.IOException e) {
            return new Rejection(RejectReason.INVALID_JSON, "value is not JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return new Rejection(RejectReason.INVALID_JSON, "value is not a JSON object");
        }
        try {
            return decide(key, root, recordTime);
        } catch (FieldProblem problem) {
            return problem.rejection;
        }
    }

    private Verdict decide(String key, JsonNode root, Instant recordTime) {
        String valueId = text(root, "id");
        String url = text(root, "url");
        String source = text(root, "source");
        String body = text(root, "body");
        if (source == null || source.isBlank()) {
            return missing("source");
        }
        if (body == null) {
            return missing("body");
        }
        String id = firstNonBlank(valueId, url);
        if (key != null && !key.isEmpty()) {
            if (id != null && valueId != null && !valueId.isBlank() && !key.equals(valueId)) {
                return new Rejection(RejectReason.KEY_MISMATCH,
                        "key '" + key + "' disagrees with the id '" + valueId + "' in the value");
            }
            id = key;
        }
        if (id == null) {
            return missing("id");
        }
        int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bodyBytes > maxBodyBytes) {
            return new Rejection(RejectReason.TOO_LARGE,
                    "body of " + bodyBytes + " bytes exceeds the limit of " + maxBodyBytes + " bytes");
        }
        String declaredType = text(root, "content_type");
        ContentType contentType;
        if (declaredType == null || declaredType.isBlank()) {
            contentType = ContentType.sniff(body);
        } else {
            Optional<ContentType> known = ContentType.fromMediaType(declaredType);
            if (known.isEmpty()) {
                return new Rejection(RejectReason.UNSUPPORTED_CONTENT_TYPE,
                        "content_type '" + declaredType + "' is not text/plain or text/html");
            }
            contentType = known.get();
        }
        Instant published = time(root, "published_at").orElse(recordTime);
        Optional<Instant> updated = time(root, "updated_at");
        return new AcceptedArticle(
                id, source, url, text(root, "title"), body, contentType,
                published.toString(), published.toEpochMilli(),
                text(root, "language"), text(root, "section"),
                strings(root, "authors"), strings(root, "tags"),
                updated.map(Instant::toString).orElse(null), updated.map(Instant::toEpochMilli).orElse(null));
    }

    private static Optional<Instant> time(JsonNode root, String field) {
        String value = text(root, field);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> parsed = ArticleTimes.parse(value);
        if (parsed.isEmpty()) {
            throw new FieldProblem(new Rejection(RejectReason.BAD_TIMESTAMP,
                    field + " '" + value + "' is not an ISO-8601 time"));
        }
        return parsed;
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new FieldProblem(new Rejection(RejectReason.WRONG_TYPE,
                    field + " must be a string, not " + node.getNodeType().name().toLowerCase()));
        }
        return node.textValue();
    }

    private static List<String> strings(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.textValue());
        }
        if (!node.isArray()) {
            throw new FieldProblem(new Rejection(RejectReason.WRONG_TYPE, field + " must be a list of strings"));
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new FieldProblem(new Rejection(RejectReason.WRONG_TYPE, field + " must be a list of strings"));
            }
            values.add(item.textValue());
        }
        return values;
    }

    private static Rejection missing(String field) {
        String what = field.equals("id") ? "id or url" : field;
        return new Rejection(RejectReason.MISSING_FIELD, "required field " + what + " is missing");
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Carries a rejection out of the field readers without threading it through every return. */
    private static final class FieldProblem extends RuntimeException {
        private final Rejection rejection;

        FieldProblem(Rejection rejection) {
            super(rejection.message(), null, false, false);
            this.rejection = rejection;
        }
    }
}
