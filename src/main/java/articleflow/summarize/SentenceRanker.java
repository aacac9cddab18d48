package articleflow.summarize;

/**
 * Scores sentences by centrality within the article (TextRank over the TF-IDF cosine graph)
 * blended with a position prior: news puts the most important facts first.
 */
final class SentenceRanker {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-6;
    /** Share of the score that comes from position rather than centrality. */
    static double POSITION_WEIGHT = 0.3;
    /** How fast the position prior decays, in sentences. */
    static double POSITION_SCALE = 3.0;

    double[] scores(double[][] sim) {
        int n = sim.length;
        double[] centrality = textRank(sim);
        double max = 0;
        for (double c : centrality) {
            max = Math.max(max, c);
        }
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            double central = max > 0 ? centrality[i] / max : 0;
            double prior = POSITION_SCALE / (POSITION_SCALE + i);
            scores[i] = (1 - POSITION_WEIGHT) * central + POSITION_WEIGHT * prior;
        }
        return scores;
    }

    private static double[] textRank(double[][] sim) {
        int n = sim.length;
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += sim[i][j];
            }
            outWeight[i] = sum;
        }
        double[] rank = new double[n];
        double[] next = new double[n];
        java.util.Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (outWeight[j] == 0) {
                    dangling += rank[j];
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double in = 0;
                for (int j = 0; j < n; j++) {
                    if (sim[j][i] != 0) {
                        in += sim[j][i] / outWeight[j] * rank[j];
                    }
                }
                // a sentence sharing no terms spreads its rank evenly instead of leaking it
                next[i] = (1 - DAMPING) / n + DAMPING * (in + dangling / n);
                delta += Math.abs(next[i] - rank[i]);
            }
            double[] swap = rank;
            rank = next;
            next = swap;
            if (delta < TOLERANCE) {
                break;
            }
        }
        return rank;
    }
}
