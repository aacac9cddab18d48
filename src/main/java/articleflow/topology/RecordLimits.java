package articleflow.topology;

import articleflow.accept.ArticleValidator;
import articleflow.config.ArticleflowConfig;
import articleflow.summarize.SummaryOptions;

/**
 * The largest record of each kind the pipeline can write, derived from the body limit. Every field of an article
 * is bounded (the body by {@code articleflow.body.max.bytes}, the clean text by the same limit, metadata by
 * accept's field limits, summaries by their word and character ceilings), so these bounds hold by construction;
 * they are checked against the producer's and the topics' limits before the job starts, so no single article can
 * stop a partition.
 *
 * <p>JSON can double the text (every quote or backslash escaped), which the factors below allow for. With the
 * default 2 MiB body limit: an enriched article at most 4.5 MB, the per-article state at most 8.9 MB.
 */
public record RecordLimits(int rawRecordBytes, int enrichedRecordBytes, int deadLetterBytes, int largestRecordBytes) {

    /** Accept's field limits add up to at most this (ids, url, title, authors, tags, times), in UTF-8. */
    private static final int METADATA_BYTES = 64 * 1024;
    /** One neighbour link: an id, a title, a url and a time, each within accept's limits. */
    private static final int LINK_BYTES = 2048 + 4096 + 4096 + 64 + 256;
    /** Previous, next and the related articles. */
    private static final int LINKS = 2 + 5;
    /** Braces, field names, numbers, the content hash. */
    private static final int JSON_FRAME_BYTES = 16 * 1024;
    /** Dead-letter headers: reason, coordinates, exception message and stack trace. */
    private static final int DEAD_LETTER_HEADER_BYTES = 128 * 1024;

    public static RecordLimits of(ArticleflowConfig config) {
        long body = config.maxBodyBytes();
        long raw = body + ArticleValidator.ENVELOPE_BYTES;
        SummaryOptions summary = config.summaryOptions();
        // the summary twice (summary and summary_sentences), three bytes a character at most
        long summaryBytes = 2L * summary.maxSentences() * summary.sentenceCharCeiling() * 3;
        // JSON escaping can double anything (every quote or backslash escaped)
        long aroundText = 2 * (METADATA_BYTES + (long) LINKS * LINK_BYTES + summaryBytes) + JSON_FRAME_BYTES;
        long enriched = 2 * body + aroundText;
        // the per-article state: the pending draft (paragraphs and metadata) and the published record
        long state = 2 * body + 2L * METADATA_BYTES + enriched;
        long largest = Math.max(Math.max(raw + DEAD_LETTER_HEADER_BYTES, enriched), state);
        return new RecordLimits(toInt(raw), toInt(enriched), toInt(raw + DEAD_LETTER_HEADER_BYTES), toInt(largest));
    }

    private static int toInt(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
