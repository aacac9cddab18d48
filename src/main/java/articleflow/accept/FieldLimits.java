package articleflow.accept;

import articleflow.model.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How long each metadata field of a raw article may be. Every record articleflow writes carries some of these
 * fields (a neighbour's link carries its id, title, url and time), so bounding them bounds every record, and
 * one article can never make a record too large for Kafka.
 */
final class FieldLimits {

    static final int ID_BYTES = 2048;
    static final int URL_BYTES = 4096;
    static final int SOURCE_BYTES = 256;
    static final int TITLE_CHARS = 1024;
    static final int SHORT_TEXT_BYTES = 256;
    static final int TIME_CHARS = 64;
    static final int LIST_ENTRIES = 100;

    private FieldLimits() {
    }

    /** The first field over its limit, as a message, or null when all fit. */
    static String firstExceeded(String id, RawArticle raw) {
        String problem = bytes("id", id, ID_BYTES);
        problem = problem != null ? problem : bytes("url", raw.url(), URL_BYTES);
        problem = problem != null ? problem : bytes("source", raw.source(), SOURCE_BYTES);
        problem = problem != null ? problem : chars("title", raw.title(), TITLE_CHARS);
        problem = problem != null ? problem : bytes("section", raw.section(), SHORT_TEXT_BYTES);
        problem = problem != null ? problem : bytes("language", raw.language(), SHORT_TEXT_BYTES);
        problem = problem != null ? problem : bytes("content_type", raw.contentType(), SHORT_TEXT_BYTES);
        problem = problem != null ? problem : chars("published_at", raw.publishedAt(), TIME_CHARS);
        problem = problem != null ? problem : chars("updated_at", raw.updatedAt(), TIME_CHARS);
        problem = problem != null ? problem : list("authors", raw.authors());
        return problem != null ? problem : list("tags", raw.tags());
    }

    private static String bytes(String field, String value, int limit) {
        if (value == null || value.length() <= limit / 3) {
            return null;
        }
        int size = value.getBytes(StandardCharsets.UTF_8).length;
        return size > limit ? field + " of " + size + " bytes exceeds the limit of " + limit + " bytes" : null;
    }

    private static String chars(String field, String value, int limit) {
        return value != null && value.length() > limit
                ? field + " of " + value.length() + " characters exceeds the limit of " + limit + " characters" : null;
    }

    private static String list(String field, List<String> values) {
        if (values.size() > LIST_ENTRIES) {
            return field + " has " + values.size() + " entries, more than the limit of " + LIST_ENTRIES;
        }
        for (String value : values) {
            String problem = bytes(field + " entry", value, SHORT_TEXT_BYTES);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }
}
