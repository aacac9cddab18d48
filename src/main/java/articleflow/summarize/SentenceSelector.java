package articleflow.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the summary sentences: best score first (earlier sentence on a tie), skipping near
 * duplicates of a sentence already taken and sentences that would break the word budget,
 * then puts them back in article order.
 */
final class SentenceSelector {

    /** Cosine above which two sentences say the same thing. */
    static final double REDUNDANT = 0.6;

    private final SummaryOptions options;

    SentenceSelector(SummaryOptions options) {
        this.options = options;
    }

    List<Sentence> select(List<Sentence> sentences, double[] scores, TermVectors sim) {
        List<Sentence> candidates = new ArrayList<>();
        for (Sentence s : sentences) {
            if (SentenceFilter.isSummaryMaterial(s)) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            candidates.addAll(sentences);
        }
        candidates.sort(Comparator.<Sentence>comparingDouble(s -> -scores[s.position()])
                .thenComparingInt(Sentence::position));

        List<Sentence> chosen = new ArrayList<>();
        int words = 0;
        for (Sentence s : candidates) {
            if (chosen.size() == options.maxSentences()) {
                break;
            }
            if (!chosen.isEmpty() && (words >= options.maxWords() || words + s.words() > options.wordCeiling())) {
                continue;
            }
            if (isRedundant(s, chosen, sim)) {
                continue;
            }
            chosen.add(s);
            words += s.words();
        }
        chosen.sort(Comparator.comparingInt(Sentence::position));
        return chosen;
    }

    private static boolean isRedundant(Sentence s, List<Sentence> chosen, TermVectors sim) {
        for (Sentence c : chosen) {
            if (sim.cosine(s.position(), c.position()) > REDUNDANT) {
                return true;
            }
        }
        return false;
    }
}
