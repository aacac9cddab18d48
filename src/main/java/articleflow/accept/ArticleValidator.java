package articleflow.accept;

import articleflow.model.ArticleJson;
import articleflow.model.ArticleMeta;
import articleflow.model.ContentType;
import articleflow.model.RawArticle;
import articleflow.model.RawArticleException;
import articleflow.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides what one raw record is: an article to enrich, a withdrawal, or a rejection with a reason.
 * The record key is the article id and is authoritative; a record without a key takes its id from
 * the value ({@code id}, else {@code url}).
 */
public final class ArticleValidator {

    /** Room for the JSON around the body before the whole value counts as too large. */
    public static final int ENVELOPE_BYTES = 256 * 1024;

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
        RawArticle raw;
        try {
            raw = ArticleJson.readRawArticle(value);
        } catch (RawArticleException e) {
            return new Rejection(e.reason(), e.getMessage());
        }
        return decide(key, raw, recordTime);
    }

    private Verdict decide(String key, RawArticle raw, Instant recordTime) {
        if (isBlank(raw.source())) {
            return missing("source");
        }
        if (raw.body() == null) {
            return missing("body");
        }
        String id = firstNonBlank(raw.id(), raw.url());
        if (key != null && !key.isEmpty()) {
            if (key.isBlank()) {
                // the rule a withdrawal follows: an article accepted under a blank id could never be withdrawn
                return new Rejection(RejectReason.MISSING_KEY, "the record key is blank, so it cannot be an article id");
            }
            if (!isBlank(raw.id()) && !key.equals(raw.id())) {
                return new Rejection(RejectReason.KEY_MISMATCH,
                        "key '" + key + "' disagrees with the id '" + raw.id() + "' in the value");
            }
            id = key;
        }
        if (id == null) {
            return missing("id");
        }
        String oversized = FieldLimits.firstExceeded(id, raw);
        if (oversized != null) {
            return new Rejection(RejectReason.TOO_LARGE, oversized);
        }
        Rejection broken = FieldRules.firstBroken(id, raw);
        if (broken != null) {
            return broken;
        }
        int bodyBytes = raw.body().getBytes(StandardCharsets.UTF_8).length;
        if (bodyBytes > maxBodyBytes) {
            return new Rejection(RejectReason.TOO_LARGE,
                    "body of " + bodyBytes + " bytes exceeds the limit of " + maxBodyBytes + " bytes");
        }
        ContentType contentType;
        if (isBlank(raw.contentType())) {
            contentType = ContentType.sniff(raw.body());
        } else {
            Optional<ContentType> known = ContentType.fromMediaType(raw.contentType());
            if (known.isEmpty()) {
                return new Rejection(RejectReason.UNSUPPORTED_CONTENT_TYPE,
                        "content_type '" + raw.contentType() + "' is not text/plain or text/html");
            }
            contentType = known.get();
        }
        Instant publishedAt = recordTime;
        if (!isBlank(raw.publishedAt())) {
            Optional<Instant> parsed = ArticleTimes.parse(raw.publishedAt());
            if (parsed.isEmpty()) {
                return badTime("published_at", raw.publishedAt());
            }
            publishedAt = parsed.get();
        }
        Instant updatedAt = null;
        if (!isBlank(raw.updatedAt())) {
            Optional<Instant> parsed = ArticleTimes.parse(raw.updatedAt());
            if (parsed.isEmpty()) {
                return badTime("updated_at", raw.updatedAt());
            }
            updatedAt = parsed.get();
        }
        ArticleMeta meta = new ArticleMeta(id, raw.source(), raw.url(), raw.title(),
                publishedAt.toString(), publishedAt.toEpochMilli(), raw.language(), raw.section(),
                raw.authors(), raw.tags(),
                updatedAt == null ? null : updatedAt.toString(), updatedAt == null ? null : updatedAt.toEpochMilli());
        return new AcceptedArticle(meta, raw.body(), contentType);
    }

    private static Rejection badTime(String field, String value) {
        return new Rejection(RejectReason.BAD_TIMESTAMP,
                field + " '" + value + "' is not an ISO-8601 time in the years 0000 to 9999");
    }

    private static Rejection missing(String field) {
        String what = field.equals("id") ? "id or url" : field;
        return new Rejection(RejectReason.MISSING_FIELD, "required field " + what + " is missing");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstNonBlank(String a, String b) {
        if (!isBlank(a)) {
            return a;
        }
        return !isBlank(b) ? b : null;
    }
}
