package articleflow.related;

import java.util.Arrays;

/**
 * An article's best terms with their TF-IDF weights, unit length, sorted by term id so that two profiles'
 * cosine is one merge. Bounded by {@link RelatedSettings#profileTerms()}, which bounds every message carrying it.
 */
public record TermProfile(long[] terms, float[] weights) {

    public static final TermProfile EMPTY = new TermProfile(new long[0], new float[0]);

    public TermProfile {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length");
        }
        for (int i = 1; i < terms.length; i++) {
            if (terms[i - 1] >= terms[i]) {
                throw new IllegalArgumentException("profile terms must be distinct and ascending");
            }
        }
    }

    public int size() {
        return terms.length;
    }

    /** The cosine of two unit-length profiles: the dot product over their shared terms. */
    public double cosine(TermProfile other) {
        long[] a = terms;
        long[] b = other.terms;
        double dot = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                dot += (double) weights[i++] * other.weights[j++];
            }
        }
        return Math.min(1.0, dot);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermProfile p && Arrays.equals(terms, p.terms) && Arrays.equals(weights, p.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "TermProfile[" + terms.length + " terms]";
    }
}
