package articleflow.related;

import java.util.Arrays;

/**
 * The distinct term ids of one indexed article version, kept in the by-id partition (store
 * {@link IndexedTermsStore}) so that document frequencies can be rebuilt in memory from them at start-up and
 * counted out on withdrawal, correction or eviction, without a changelog write per term. At most
 * {@link RelatedSettings#maxDistinctTerms()} ids, ascending.
 */
public record IndexedTerms(String id, long version, String language, long publishedAtMillis, long[] terms) {

    public IndexedTerms {
        terms = terms.clone();
        Arrays.sort(terms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexedTerms t && id.equals(t.id) && version == t.version && language.equals(t.language)
                && publishedAtMillis == t.publishedAtMillis && Arrays.equals(terms, t.terms);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Long.hashCode(version);
    }

    @Override
    public String toString() {
        return "IndexedTerms[" + id + " v" + version + ", " + terms.length + " terms]";
    }
}
