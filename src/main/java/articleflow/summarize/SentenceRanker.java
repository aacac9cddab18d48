package articleflow.summarize;

import java.util.Arrays;

/**
 * Scores sentences by centrality within the article, blended with a position prior.
 *
 * <p>Centrality is TextRank (weighted PageRank) over the sentence graph whose edge weights are the
 * TF-IDF overlap of two sentences: the dot product of their un-normalised vectors. Unlike cosine,
 * the overlap lets a sentence that carries more of the article's shared vocabulary weigh more, which
 * is what a summary reader wants from three sentences. The prior gives the lede a head start, as
 * news writing puts the main fact first, without letting it override a clearly more central sentence.
 */
final class SentenceRanker {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-6;
    /** Share of the score that comes from position rather than centrality. */
    private static final double POSITION_WEIGHT = 0.1;

    /** @param overlap symmetric sentence-to-sentence TF-IDF overlap, zero on the diagonal */
    double[] scores(double[][] overlap) {
        int n = overlap.length;
        double[] centrality = textRank(overlap);
        double max = 0;
        for (double c : centrality) {
            max = Math.max(max, c);
        }
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            double central = max > 0 ? centrality[i] / max : 0;
            double prior = 1.0 / (1 + 2 * i);
            scores[i] = (1 - POSITION_WEIGHT) * central + POSITION_WEIGHT * prior;
        }
        return scores;
    }

    static double[] textRank(double[][] weight) {
        int n = weight.length;
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += weight[i][j];
            }
            outWeight[i] = sum;
        }
        double[] rank = new double[n];
        double[] next = new double[n];
        Arrays.fill(rank, 1.0 / n);
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
                    double w = weight[j][i];
                    if (w != 0) {
                        in += w / outWeight[j] * rank[j];
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
