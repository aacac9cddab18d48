package articleflow.related;

import articleflow.analysis.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts a by-id partition's articles into its document frequencies, and out again when they are corrected,
 * withdrawn or fall behind the horizon; each counted version keeps a snapshot of the frequencies as they were
 * when it was counted ({@link IndexedTerms#snapshot()}).
 *
 * <p>In the streaming job it counts each version as it is accepted, in the order the partition received them,
 * which is the publisher's order when records are keyed by id; indexing comes later, after the feed reply, and
 * weighs the text with the snapshot. So an article's weights, and the related lists, do not depend on how the
 * replies of other partitions interleave, nor on how many instances share the work.
 */
public final class TermCounter {

    private final RecentAnalyses analyses;
    private final RelatedSettings settings;
    private final DocumentFrequencies frequencies;
    private final IndexedTermsStore terms;

    public TermCounter(TextAnalyzer analyzer, RelatedSettings settings, DocumentFrequencies frequencies,
                       IndexedTermsStore terms) {
        this(RecentAnalyses.none(analyzer), settings, frequencies, terms);
    }

    /** @param analyses where each counted version's analysis is left for its indexing */
    public TermCounter(RecentAnalyses analyses, RelatedSettings settings, DocumentFrequencies frequencies,
                       IndexedTermsStore terms) {
        this.analyses = Objects.requireNonNull(analyses);
        this.settings = Objects.requireNonNull(settings);
        this.frequencies = Objects.requireNonNull(frequencies);
        this.terms = Objects.requireNonNull(terms);
    }

    /** A counter over every version the store holds, as at start-up or after a restore. */
    public static TermCounter restored(TextAnalyzer analyzer, RelatedSettings settings, IndexedTermsStore terms) {
        return restored(RecentAnalyses.none(analyzer), settings, terms);
    }

    public static TermCounter restored(RecentAnalyses analyses, RelatedSettings settings, IndexedTermsStore terms) {
        return new TermCounter(analyses, settings, PartitionDocumentFrequencies.rebuild(terms.all()), terms);
    }

    /** Counts a version in, in place of the one counted before; an older or the same version changes nothing. */
    public IndexedTerms count(String id, long version, String language, long publishedAtMillis, String title,
                              String text) {
        IndexedTerms before = terms.get(id);
        if (before != null && before.version() >= version) {
            return before;
        }
        ArticleTerms analysed = analyses.counting(id, version, language, title, text);
        return count(analysed.indexed(id, version, publishedAtMillis, settings.maxDistinctTerms()));
    }

    /** Counts already analysed terms in, in place of the version counted before. */
    IndexedTerms count(IndexedTerms version) {
        uncount(version.id());
        frequencies.add(version);
        IndexedTerms counted = version.withSnapshotOf(frequencies);
        terms.put(counted);
        return counted;
    }

    /** Counts the article out: withdrawn, or a version that is not counted any more. */
    public void uncount(String id) {
        IndexedTerms counted = terms.get(id);
        if (counted != null) {
            frequencies.remove(counted);
            terms.delete(id);
        }
    }

    /** The version counted for {@code id}, or null. */
    public IndexedTerms counted(String id) {
        return terms.get(id);
    }

    /** Counts out every article published more than the horizon before {@code newestPublishedMillis}. */
    public void evict(long newestPublishedMillis) {
        List<IndexedTerms> behind = new ArrayList<>();
        for (IndexedTerms t : terms.all()) {
            if (t.publishedAtMillis() < newestPublishedMillis - settings.horizonMillis()) {
                behind.add(t);
            }
        }
        for (IndexedTerms t : behind) {
            frequencies.remove(t);
            terms.delete(t.id());
        }
    }
}
