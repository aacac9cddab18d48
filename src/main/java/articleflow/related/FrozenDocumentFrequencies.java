package articleflow.related;

import java.util.HashMap;
import java.util.Map;

/**
 * A fixed document-frequency table, for example one shipped as background statistics or, in tests and
 * evaluations, counted over a whole collection beforehand. Indexing changes nothing, so with it an article's
 * weights depend only on its own text and the related lists do not depend on arrival order.
 */
public final class FrozenDocumentFrequencies implements DocumentFrequencies {

    private final Map<String, Long> documents;
    private final Map<Long, Integer> frequencies;

    public FrozenDocumentFrequencies(Map<String, Long> documents, Map<Long, Integer> frequencies) {
        this.documents = Map.copyOf(documents);
        this.frequencies = new HashMap<>(frequencies);
    }

    /** The frequencies of a set of articles, counted once. */
    public static FrozenDocumentFrequencies of(Iterable<IndexedTerms> articles) {
        PartitionDocumentFrequencies counts = PartitionDocumentFrequencies.rebuild(articles);
        Map<String, Long> documents = new HashMap<>();
        Map<Long, Integer> frequencies = new HashMap<>();
        for (IndexedTerms a : articles) {
            documents.put(a.language(), counts.documentCount(a.language()));
            for (long t : a.terms()) {
                frequencies.put(t, counts.documentFrequency(t));
            }
        }
        return new FrozenDocumentFrequencies(documents, frequencies);
    }

    @Override
    public long documentCount(String language) {
        return documents.getOrDefault(language, 0L);
    }

    @Override
    public int documentFrequency(long term) {
        return frequencies.getOrDefault(term, 0);
    }

    @Override
    public void add(IndexedTerms article) {
    }

    @Override
    public void remove(IndexedTerms article) {
    }
}
