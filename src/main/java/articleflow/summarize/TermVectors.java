package articleflow.summarize;

import java.util.List;

/**
 * The article's sentences as unit-length TF-IDF vectors (sparse: term ids and weights), with the
 * inverse document frequency taken over the article's own sentences, and their pairwise cosines.
 */
final class TermVectors {

    private final int[][] ids;
    private final double[][] weights;
    private final int vocabulary;

    TermVectors(List<Sentence> sentences, int vocabulary) {
        this.vocabulary = vocabulary;
        int n = sentences.size();
        int[] df = new int[vocabulary];
        int[] tf = new int[vocabulary];
        int[] lastSeen = new int[vocabulary];
        java.util.Arrays.fill(lastSeen, -1);
        for (int s = 0; s < n; s++) {
            for (int t : sentences.get(s).terms()) {
                if (lastSeen[t] != s) {
                    lastSeen[t] = s;
                    df[t]++;
                }
            }
        }
        ids = new int[n][];
        weights = new double[n][];
        for (int s = 0; s < n; s++) {
            int[] terms = sentences.get(s).terms();
            int distinct = 0;
            int[] order = new int[terms.length];
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
                // log-scaled term frequency; smoothed idf keeps terms found in every sentence above zero
                w[k] = (1 + Math.log(tf[t])) * Math.log(1.0 + (double) n / df[t]);
                norm += w[k] * w[k];
                tf[t] = 0;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int k = 0; k < distinct; k++) {
                    w[k] /= norm;
                }
            }
            ids[s] = sid;
            weights[s] = w;
        }
    }

    int size() {
        return ids.length;
    }

    /** The symmetric cosine matrix, zero on the diagonal. */
    double[][] cosines() {
        int n = ids.length;
        double[][] sim = new double[n][n];
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
                sim[i][j] = dot;
                sim[j][i] = dot;
            }
            for (int t : a) {
                dense[t] = 0;
            }
        }
        return sim;
    }
}
