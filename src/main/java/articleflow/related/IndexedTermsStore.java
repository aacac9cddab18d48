package articleflow.related;

/**
 * Where the by-id partition keeps each indexed article's distinct term ids, keyed by article id: the source of
 * truth that {@link PartitionDocumentFrequencies} is rebuilt from.
 */
public interface IndexedTermsStore {

    /** No terms and nowhere to keep them: for a reader of related views, which never indexes. */
    IndexedTermsStore NONE = new IndexedTermsStore() {
        @Override
        public IndexedTerms get(String id) {
            return null;
        }

        @Override
        public void put(IndexedTerms terms) {
            throw new UnsupportedOperationException("a view reader does not index");
        }

        @Override
        public void delete(String id) {
        }

        @Override
        public Iterable<IndexedTerms> all() {
            return java.util.List.of();
        }
    };

    IndexedTerms get(String id);

    void put(IndexedTerms terms);

    void delete(String id);

    Iterable<IndexedTerms> all();
}
