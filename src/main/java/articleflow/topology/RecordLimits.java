package articleflow.topology;

import articleflow.accept.ArticleValidator;
import articleflow.config.ArticleflowConfig;

/**
 * The largest record of each kind the pipeline can write, derived from the body limit. Every field of an article
 * is bounded (the body by {@code articleflow.body.max.bytes}, the clean text by the same limit, metadata by
 * accept's field limits, summaries by their word and character ceilings), so these bounds hold by construction;
 * they are checked against the producer's and the topics' limits before the job starts, so no single article can
 * stop a partition.
 *
 * <p>JSON can double the text (every quote or backslash escaped), which the factors below allow for.
 */
public record RecordLimits(int rawRecordBytes, int enrichedRecordBytes, int deadLetterBytes, int largestRecordBytes) {

    /** Metadata, neighbour links, summary and JSON around them: generous against accept's field limits. */
    private static final int AROUND_TEXT_BYTES = 1024 * 1024;
    /** Dead-letter headers: reason, coordinates, exception message and stack trace. */
    private static final int DEAD_LETTER_HEADER_BYTES = 128 * 1024;

    public static RecordLimits of(ArticleflowConfig config) {
        long body = config.maxBodyBytes();
        long raw = body + ArticleValidator.ENVELOPE_BYTES;
        // the enriched record: the text, JSON-escaped, and everything around it
        long enriched = 2 * body + AROUND_TEXT_BYTES;
        // the per-article state: the pending draft's paragraphs and the published record, both JSON
        long state = 2 * body + enriched;
        long largest = Math.max(Math.max(raw, enriched), state);
        return new RecordLimits(toInt(raw), toInt(enriched), toInt(raw + DEAD_LETTER_HEADER_BYTES), toInt(largest));
    }

    private static int toInt(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
