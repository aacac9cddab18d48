package articleflow.summarize;

/**
 * A cheap stemmer for ranking only: it folds plurals and common verb endings so that
 * "rates", "rate" and "rated" count as one term. It need not produce real words, only
 * the same stem for the same word. Works in place on a lowercase char buffer.
 */
final class SuffixStemmer {

    private SuffixStemmer() {
    }

    static String stem(String word) {
        char[] chars = java.util.Arrays.copyOf(word.toCharArray(), word.length() + 1);
        return new String(chars, 0, stem(chars, word.length()));
    }

    /** Stems {@code w[0, n)} in place (the buffer needs one spare char) and returns the new length. */
    static int stem(char[] w, int n) {
        if (n <= 3) {
            return n;
        }
        if (endsWith(w, n, "ies") && n > 4) {
            w[n - 3] = 'y';
            return n - 2;
        }
        if (endsWith(w, n, "sses")) {
            return n - 2;
        }
        if (endsWith(w, n, "ing") && n > 5) {
            return dropE(w, n - 3);
        }
        if (endsWith(w, n, "ed") && n > 4) {
            return dropE(w, n - 2);
        }
        if (endsWith(w, n, "ly") && n > 5) {
            return n - 2;
        }
        if (endsWith(w, n, "es") && n > 4 && isSibilant(w[n - 3])) {
            return n - 2;
        }
        if (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
            return dropE(w, n - 1);
        }
        return dropE(w, n);
    }

    /** "rate", "rat(ed)" and "rat(ing)" meet at "rat"; doubled consonants fold too ("stopp" to "stop"). */
    private static int dropE(char[] w, int n) {
        if (n > 3 && w[n - 1] == 'e') {
            return n - 1;
        }
        char last = w[n - 1];
        if (n > 3 && last == w[n - 2] && !isVowel(last) && last != 'l' && last != 's') {
            return n - 1;
        }
        return n;
    }

    private static boolean endsWith(char[] w, int n, String suffix) {
        int k = suffix.length();
        if (n < k) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (w[n - k + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSibilant(char c) {
        return c == 's' || c == 'x' || c == 'z' || c == 'h';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
