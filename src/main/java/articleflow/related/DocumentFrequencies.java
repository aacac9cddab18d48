package articleflow.related;

/**
 * How many indexed articles of a language there are and how many of them use a term: the IDF of TF-IDF. An
 * interface so that a frozen table can be injected ({@link FrozenDocumentFrequencies}), with which related lists
 * do not depend on the order articles arrive in; in production each by-id partition counts its own articles
 * ({@link PartitionDocumentFrequencies}).
 */
public interface DocumentFrequencies {

    long documentCount(String language);

    int documentFrequency(long term);

    /** Counts an indexed article's distinct terms in; a frozen table ignores it. */
    void add(IndexedTerms article);

    /** Counts an article out again (withdrawn, corrected or beyond the horizon); a frozen table ignores it. */
    void remove(IndexedTerms article);

    /** Smoothed inverse document frequency, {@code ln((N + 1) / (df + 1)) + 1}: never zero, never infinite. */
    default double idf(String language, long term) {
        long n = documentCount(language);
        int df = documentFrequency(term);
        return Math.log((n + 1.0) / (Math.min(df, n) + 1.0)) + 1.0;
    }
}
