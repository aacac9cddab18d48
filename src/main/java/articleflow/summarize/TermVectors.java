package articleflow.summarize;

import java.util.Arrays;
import java.util.List;

/**
 * The article's sentences as sparse TF-IDF vectors (term ids and weights), with the inverse
 * document frequency taken over the article's own sentences, and their pairwise similarities.
 */
final class TermVectors {

    private final int[][] ids;
    private final double[][] weights;
    private final double[] norms;
    private final int vocabulary;

    TermVectors(List<Sentence> sentences, int vocabulary) {
        this.vocabulary = vocabulary;
        int n = sentences.size();
        int[] df = new int[vocabulary];
        int[] tf = new int[vocabulary];
        int[] lastSeen = new int[vocabulary];
        Arrays.fill(lastSeen, -1);
        for (int s = 0; s < n; s++) {
            for (int t : sentences.get(s).terms()) {
                if (lastSeen[t] != s) {
                    lastSeen[t] = s;
                    df[t]++;
                }
            }
        }
        double[] idf = new double[vocabulary];
        for (int t = 0; t < vocabulary; t++) {
            // smoothed: a term found in every sentence still counts a little
            idf[t] = Math.log(1.0 + (double) n / df[t]);
        }
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
                // log-scaled term frequency: a repeated word is a hint, not a multiplier
                w[k] = (tf[t] == 1 ? 1 : 1 + Math.log(tf[t])) * idf[t];
                norm += w[k] * w[k];
                tf[t] = 0;
            }
            ids[s] = sid;
            weights[s] = w;
            norms[s] = Math.sqrt(norm);
        }
    }

    /** Pairwise similarities of the article's sentences, each matrix symmetric and zero on the diagonal. */
    record Similarities(double[][] overlap, double[][] cosine) {
    }

    Similarities similarities() {
        int n = ids.length;
        double[][] overlap = new double[n][n];
        double[][] cosine = new double[n][n];
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
                double norm = norms[i] * norms[j];
                double cos = norm > 0 ? dot / norm : 0;
                overlap[i][j] = dot;
                overlap[j][i] = dot;
                cosine[i][j] = cos;
                cosine[j][i] = cos;
            }
            for (int t : a) {
                dense[t] = 0;
            }
        }
        return new Similarities(overlap, cosine);
    }
}
