package articleflow.summarize;

import java.util.List;

/**
 * The article's sentences as sparse term-count vectors (content-word stems and how often the
 * sentence uses them) and their pairwise similarities.
 *
 * <p>No inverse document frequency: within one article, the words many sentences share are the
 * story's subject, which is exactly what centrality should reward (TextRank's original
 * content-word overlap). On the BBC dev set an in-article IDF cost about a point of ROUGE.
 */
final class TermVectors {

    private final int[][] ids;
    private final double[][] weights;
    private final double[] norms;
    private final int vocabulary;

    TermVectors(List<Sentence> sentences, int vocabulary) {
        this.vocabulary = vocabulary;
        int n = sentences.size();
        int[] tf = new int[vocabulary];
        ids = new int[n][];
        weights = new double[n][];
        norms = new double[n];
        int[] order = new int[16];
        for (int s = 0; s < n; s++) {
            int[] terms = sentences.get(s).terms();
            if (order.length < terms.length) {
                order = new int[terms.length];
            }
            int distinct = 0;
            for (int t : terms) {
                if (tf[t]++ == 0) {
                    order[distinct++] = t;
                }
            }
            int[] sid = new int[distinct];
            double[] w = new double[distinct];
            double norm = 0;
            for (int k = 0; k < distinct; k++) {
                int t = order[k];
                sid[k] = t;
                w[k] = tf[t];
                norm += w[k] * w[k];
                tf[t] = 0;
            }
            ids[s] = sid;
            weights[s] = w;
            norms[s] = Math.sqrt(norm);
        }
    }

    /** Pairwise overlaps of the article's sentences, with the norms to turn any of them into a cosine. */
    record Similarities(double[][] overlap, double[] norms) {

        double cosine(int i, int j) {
            double norm = norms[i] * norms[j];
            return norm > 0 ? overlap[i][j] / norm : 0;
        }
    }

    /** The symmetric overlap (dot product) matrix, zero on the diagonal. */
    Similarities similarities() {
        int n = ids.length;
        double[][] overlap = new double[n][n];
        double[] dense = new double[vocabulary];
        for (int i = 0; i < n; i++) {
            int[] a = ids[i];
            double[] wa = weights[i];
            for (int k = 0; k < a.length; k++) {
                dense[a[k]] = wa[k];
            }
            for (int j = i + 1; j < n; j++) {
                int[] b = ids[j];
                double[] wb = weights[j];
                double dot = 0;
                for (int k = 0; k < b.length; k++) {
                    dot += dense[b[k]] * wb[k];
                }
                overlap[i][j] = dot;
                overlap[j][i] = dot;
            }
            for (int t : a) {
                dense[t] = 0;
            }
        }
        return new Similarities(overlap, norms);
    }
}
