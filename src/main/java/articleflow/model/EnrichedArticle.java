package articleflow.model;

import java.util.List;

/** The enriched article published on {@code articles.enriched}; field order is the JSON order. */
public record EnrichedArticle(
        String id,
        String source,
        String url,
        String title,
        String publishedAt,
        String language,
        String section,
        List<String> authors,
        List<String> tags,
        String text,
        String summary,
        List<String> summarySentences,
        List<String> keywords,
        int wordCount,
        int readingTimeMinutes,
        String contentHash,
        Neighbors neighbors,
        String duplicateOf,
        int schemaVersion,
        long revision,
        String processedAt) {

    /** Bumped only on an incompatible change of this shape. */
    public static final int SCHEMA_VERSION = 1;

    /** A record whose reader-facing fields come from the article's metadata; keywords, related and duplicate empty. */
    public static EnrichedArticle of(ArticleMeta meta, String text, List<String> summarySentences, int wordCount,
                                     int readingTimeMinutes, String contentHash, Neighbors neighbors,
                                     long revision, String processedAt) {
        return new EnrichedArticle(meta.id(), meta.source(), meta.url(), meta.title(), meta.publishedAt(),
                meta.language(), meta.section(), meta.authors(), meta.tags(), text,
                String.join(" ", summarySentences), summarySentences, List.of(), wordCount, readingTimeMinutes,
                contentHash, neighbors, null, SCHEMA_VERSION, revision, processedAt);
    }

    public EnrichedArticle withRevision(long newRevision, String newProcessedAt) {
        return new EnrichedArticle(id, source, url, title, publishedAt, language, section, authors, tags, text,
                summary, summarySentences, keywords, wordCount, readingTimeMinutes, contentHash, neighbors,
                duplicateOf, schemaVersion, newRevision, newProcessedAt);
    }

    /** The same record with the related stage's facts: keywords, related links and the duplicate mark. */
    public EnrichedArticle withRelations(List<String> newKeywords, List<RelatedLink> related, String newDuplicateOf) {
        return new EnrichedArticle(id, source, url, title, publishedAt, language, section, authors, tags, text,
                summary, summarySentences, List.copyOf(newKeywords), wordCount, readingTimeMinutes, contentHash,
                new Neighbors(neighbors.previous(), neighbors.next(), related), newDuplicateOf, schemaVersion,
                revision, processedAt);
    }

    public EnrichedArticle withNeighbors(Neighbors newNeighbors) {
        return new EnrichedArticle(id, source, url, title, publishedAt, language, section, authors, tags, text,
                summary, summarySentences, keywords, wordCount, readingTimeMinutes, contentHash, newNeighbors,
                duplicateOf, schemaVersion, revision, processedAt);
    }

    /** True when the two differ in anything a reader sees, that is in anything but revision and processed_at. */
    public boolean differsInContentFrom(EnrichedArticle other) {
        if (other == null) {
            return true;
        }
        return !withRevision(0, null).equals(other.withRevision(0, null));
    }
}
