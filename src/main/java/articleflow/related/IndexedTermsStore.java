package articleflow.related;

/**
 * Where the by-id partition keeps each indexed article's distinct term ids, keyed by article id: the source of
 * truth that {@link PartitionDocumentFrequencies} is rebuilt from.
 */
public interface IndexedTermsStore {

    IndexedTerms get(String id);

    void put(IndexedTerms terms);

    void delete(String id);

    Iterable<IndexedTerms> all();
}
