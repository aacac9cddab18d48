package articleflow.related;

import java.util.Arrays;

/**
 * The distinct term ids of one counted article version, kept in the by-id partition (store
 * {@link IndexedTermsStore}) so that document frequencies can be rebuilt in memory from them at start-up and
 * counted out on withdrawal, correction or eviction, without a changelog write per term. At most
 * {@link RelatedSettings#maxDistinctTerms()} ids, ascending.
 *
 * <p>Counted when the article is accepted, the record also keeps the document frequencies as they were then
 * ({@code documents} articles of its language, {@code frequencies[i]} of them with {@code terms[i]}, itself
 * included): the article is weighed with those when it is indexed later, after its feed reply, so that its weights
 * depend on the order articles reached its partition and not on how replies from other partitions interleave.
 * Empty {@code frequencies} when no snapshot was taken.
 */
public record IndexedTerms(String id, long version, String language, long publishedAtMillis, long[] terms,
                           long documents, int[] frequencies) {

    public IndexedTerms {
        terms = terms.clone();
        frequencies = frequencies.clone();
        if (frequencies.length == 0) {
            Arrays.sort(terms);
        } else if (frequencies.length != terms.length) {
            throw new IllegalArgumentException("a frequency per term: " + frequencies.length + " for " + terms.length);
        }
    }

    /** Terms without a snapshot of their frequencies. */
    public IndexedTerms(String id, long version, String language, long publishedAtMillis, long[] terms) {
        this(id, version, language, publishedAtMillis, terms, 0, new int[0]);
    }

    /** The same terms with the frequencies {@code df} has for them now. */
    public IndexedTerms withSnapshotOf(DocumentFrequencies df) {
        int[] counts = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            counts[i] = df.documentFrequency(terms[i]);
        }
        return new IndexedTerms(id, version, language, publishedAtMillis, terms, df.documentCount(language), counts);
    }

    public boolean hasSnapshot() {
        return frequencies.length > 0;
    }

    /**
     * The frequencies as they were when this version was counted, for weighing its text: a term it did not count
     * (beyond {@link RelatedSettings#maxDistinctTerms()}) is taken as rare.
     */
    public DocumentFrequencies snapshot() {
        return new DocumentFrequencies() {
            @Override
            public long documentCount(String lang) {
                return lang.equals(language) ? documents : 0;
            }

            @Override
            public int documentFrequency(long term) {
                int at = Arrays.binarySearch(terms, term);
                return at >= 0 ? frequencies[at] : 1;
            }

            @Override
            public void add(IndexedTerms article) {
            }

            @Override
            public void remove(IndexedTerms article) {
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexedTerms t && id.equals(t.id) && version == t.version && language.equals(t.language)
                && publishedAtMillis == t.publishedAtMillis && Arrays.equals(terms, t.terms)
                && documents == t.documents && Arrays.equals(frequencies, t.frequencies);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Long.hashCode(version);
    }

    @Override
    public String toString() {
        return "IndexedTerms[" + id + " v" + version + ", " + terms.length + " terms"
                + (hasSnapshot() ? ", counted among " + documents : "") + "]";
    }
}
