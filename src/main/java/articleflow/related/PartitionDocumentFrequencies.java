package articleflow.related;

import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies counted over the articles indexed in one by-id partition. Articles are spread over
 * partitions by a hash of their id, so each partition's articles are a random sample of all of them and their
 * counts estimate the corpus's document frequencies, with no global index and no hot partition.
 *
 * <p>The counts live only in memory: they are rebuilt from the {@link IndexedTermsStore} at start-up
 * ({@link #rebuild}) and kept in step by {@link #add}/{@link #remove}, so they cost no changelog writes and are
 * exactly consistent with the store after a restore. Not thread-safe: one per stream task, like its store.
 */
public final class PartitionDocumentFrequencies implements DocumentFrequencies {

    private final TermCounts frequencies = new TermCounts();
    private final Map<String, long[]> documents = new HashMap<>();

    /** Counts every article in the store, as at start-up or after a restore. */
    public static PartitionDocumentFrequencies rebuild(Iterable<IndexedTerms> stored) {
        PartitionDocumentFrequencies df = new PartitionDocumentFrequencies();
        for (IndexedTerms terms : stored) {
            df.add(terms);
        }
        return df;
    }

    @Override
    public long documentCount(String language) {
        long[] n = documents.get(language);
        return n == null ? 0 : n[0];
    }

    @Override
    public int documentFrequency(long term) {
        return frequencies.get(term);
    }

    @Override
    public void add(IndexedTerms article) {
        documents.computeIfAbsent(article.language(), l -> new long[1])[0]++;
        for (long term : article.terms()) {
            frequencies.add(term, 1);
        }
    }

    @Override
    public void remove(IndexedTerms article) {
        long[] n = documents.get(article.language());
        if (n != null && --n[0] <= 0) {
            documents.remove(article.language());
        }
        for (long term : article.terms()) {
            frequencies.add(term, -1);
        }
    }

    /** Distinct terms counted: the memory this estimator takes is 12 to 24 bytes each (an open-addressing table). */
    public int vocabularySize() {
        return frequencies.size();
    }
}
