package articleflow.summarize;

import java.util.Arrays;
import java.util.List;

/**
 * The article's sentences as sparse term-count vectors (content-word stems and how often the
 * sentence uses them), and the sentence graph they define: the weight between two sentences is
 * their overlap, the dot product of their vectors.
 *
 * <p>No inverse document frequency: within one article, the words many sentences share are the
 * story's subject, which is exactly what centrality should reward (TextRank's original
 * content-word overlap). On the BBC dev set an in-article IDF cost about a point of ROUGE.
 *
 * <p>The overlap matrix is never built. It is {@code X Xᵀ} minus its diagonal, where {@code X} is
 * the sentence-by-term matrix, so multiplying it by a vector takes two passes over the terms,
 * linear in the article's length, where a dense matrix would be quadratic in its sentences.
 */
final class TermVectors {

    /** Per sentence, its distinct term ids in ascending order. */
    private final int[][] ids;
    /** Per sentence, how often it uses each of {@link #ids}. */
    private final double[][] counts;
    private final double[] squaredNorms;
    private final double[] termScratch;

    TermVectors(List<Sentence> sentences, int vocabulary) {
        int n = sentences.size();
        int[] tf = new int[vocabulary];
        ids = new int[n][];
        counts = new double[n][];
        squaredNorms = new double[n];
        termScratch = new double[vocabulary];
        int[] distinctTerms = new int[16];
        for (int s = 0; s < n; s++) {
            int[] terms = sentences.get(s).terms();
            if (distinctTerms.length < terms.length) {
                distinctTerms = new int[terms.length];
            }
            int distinct = 0;
            for (int t : terms) {
                if (tf[t]++ == 0) {
                    distinctTerms[distinct++] = t;
                }
            }
            Arrays.sort(distinctTerms, 0, distinct);
            int[] sid = new int[distinct];
            double[] c = new double[distinct];
            double squares = 0;
            for (int k = 0; k < distinct; k++) {
                int t = distinctTerms[k];
                sid[k] = t;
                c[k] = tf[t];
                squares += c[k] * c[k];
                tf[t] = 0;
            }
            ids[s] = sid;
            counts[s] = c;
            squaredNorms[s] = squares;
        }
    }

    int size() {
        return ids.length;
    }

    /** The content-word overlap of two different sentences. */
    double overlap(int i, int j) {
        int[] a = ids[i];
        int[] b = ids[j];
        double dot = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] < b[y]) {
                x++;
            } else if (a[x] > b[y]) {
                y++;
            } else {
                dot += counts[i][x++] * counts[j][y++];
            }
        }
        return dot;
    }

    double cosine(int i, int j) {
        double norm = Math.sqrt(squaredNorms[i] * squaredNorms[j]);
        return norm > 0 ? overlap(i, j) / norm : 0;
    }

    /** Each sentence's total overlap with all the others: the row sums of the graph. */
    double[] strengths() {
        double[] ones = new double[size()];
        Arrays.fill(ones, 1);
        double[] strengths = new double[size()];
        multiply(ones, strengths);
        return strengths;
    }

    /**
     * {@code result = W v}, where {@code W} is the overlap matrix with a zero diagonal: first each
     * term's weighted total {@code Xᵀ v}, then each sentence's share of it, less its overlap with itself.
     */
    void multiply(double[] v, double[] result) {
        double[] perTerm = termScratch;
        for (int s = 0; s < ids.length; s++) {
            int[] sid = ids[s];
            double[] c = counts[s];
            for (int k = 0; k < sid.length; k++) {
                perTerm[sid[k]] += c[k] * v[s];
            }
        }
        for (int s = 0; s < ids.length; s++) {
            int[] sid = ids[s];
            double[] c = counts[s];
            double sum = 0;
            for (int k = 0; k < sid.length; k++) {
                sum += c[k] * perTerm[sid[k]];
            }
            result[s] = sum - squaredNorms[s] * v[s];
        }
        for (int[] sid : ids) {
            for (int t : sid) {
                perTerm[t] = 0;
            }
        }
    }
}
