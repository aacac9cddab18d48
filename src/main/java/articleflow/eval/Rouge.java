package articleflow.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * ROUGE-N and ROUGE-Lsum as Google's {@code rouge-score} package computes them with
 * {@code use_stemmer=True}: lowercase, non-[a-z0-9] to spaces, whitespace tokens, Porter stems for
 * tokens longer than three characters. ROUGE-Lsum is the summary-level union LCS with sentences
 * separated by newlines, counting each token at most as often as both texts hold it.
 */
public final class Rouge {

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> stems = new HashMap<>();

    public List<String> tokenize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                token.append(c);
            } else if (token.length() > 0) {
                String t = token.toString();
                tokens.add(t.length() > 3 ? stems.computeIfAbsent(t, stemmer::stem) : t);
                token.setLength(0);
            }
        }
        return tokens;
    }

    /** ROUGE-N of a candidate against a reference. */
    public RougeScore rougeN(String reference, String candidate, int n) {
        Map<List<String>, Integer> ref = ngrams(tokenize(reference), n);
        Map<List<String>, Integer> cand = ngrams(tokenize(candidate), n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : ref.entrySet()) {
            overlap += Math.min(e.getValue(), cand.getOrDefault(e.getKey(), 0));
        }
        int refCount = ref.values().stream().mapToInt(Integer::intValue).sum();
        int candCount = cand.values().stream().mapToInt(Integer::intValue).sum();
        return RougeScore.of((double) overlap / Math.max(candCount, 1), (double) overlap / Math.max(refCount, 1));
    }

    /** ROUGE-Lsum: both texts hold one sentence per line. */
    public RougeScore rougeLsum(String reference, String candidate) {
        List<List<String>> refSentences = sentences(reference);
        List<List<String>> candSentences = sentences(candidate);
        if (refSentences.isEmpty() || candSentences.isEmpty()) {
            return RougeScore.ZERO;
        }
        int m = 0;
        int n = 0;
        Map<String, Integer> refCounts = new HashMap<>();
        Map<String, Integer> candCounts = new HashMap<>();
        for (List<String> s : refSentences) {
            m += s.size();
            s.forEach(t -> refCounts.merge(t, 1, Integer::sum));
        }
        for (List<String> s : candSentences) {
            n += s.size();
            s.forEach(t -> candCounts.merge(t, 1, Integer::sum));
        }
        if (m == 0 || n == 0) {
            return RougeScore.ZERO;
        }
        int hits = 0;
        for (List<String> r : refSentences) {
            for (String t : unionLcs(r, candSentences)) {
                // rouge-score (like ROUGE 1.5.5) never counts a token more often than both sides hold it
                if (candCounts.getOrDefault(t, 0) > 0 && refCounts.getOrDefault(t, 0) > 0) {
                    hits++;
                    candCounts.merge(t, -1, Integer::sum);
                    refCounts.merge(t, -1, Integer::sum);
                }
            }
        }
        return RougeScore.of((double) hits / n, (double) hits / m);
    }

    private List<List<String>> sentences(String text) {
        List<List<String>> sentences = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                sentences.add(tokenize(line));
            }
        }
        return sentences;
    }

    private static List<String> unionLcs(List<String> ref, List<List<String>> candidates) {
        TreeSet<Integer> union = new TreeSet<>();
        for (List<String> c : candidates) {
            union.addAll(lcsIndices(ref, c));
        }
        List<String> tokens = new ArrayList<>(union.size());
        for (int i : union) {
            tokens.add(ref.get(i));
        }
        return tokens;
    }

    /** Indices into {@code ref} of one longest common subsequence, read back as rouge-score does. */
    static List<Integer> lcsIndices(List<String> ref, List<String> can) {
        int rows = ref.size();
        int cols = can.size();
        int[][] t = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                t[i][j] = ref.get(i - 1).equals(can.get(j - 1))
                        ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        List<Integer> lcs = new ArrayList<>();
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(can.get(j - 1))) {
                lcs.add(0, i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return lcs;
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }
}
