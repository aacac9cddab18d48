package articleflow.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric: texts become word tokens ({@code \w+}, case kept,
 * Unicode-aware), tokens become overlapping 4-token shingles counted as multisets, and the
 * shingle counts the two texts share or do not share give tp, fp and fn, normalised to sum 1.
 */
public final class ExtractionScorer {

    static final int SHINGLE = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Scores {@code extracted} against {@code expected}. */
    public ExtractionScore score(String expected, String extracted) {
        Map<List<String>, Integer> truth = shingles(expected);
        Map<List<String>, Integer> predicted = shingles(extracted);
        Set<List<String>> all = new HashSet<>(truth.keySet());
        all.addAll(predicted.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (List<String> shingle : all) {
            int t = truth.getOrDefault(shingle, 0);
            int p = predicted.getOrDefault(shingle, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new ExtractionScore(0, 0, 0) : new ExtractionScore(tp / sum, fp / sum, fn / sum);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** A text shorter than a shingle is one short shingle, as in the benchmark, so it still counts. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            List<String> shingle = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
