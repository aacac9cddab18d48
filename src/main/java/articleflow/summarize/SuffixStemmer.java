package articleflow.summarize;

/**
 * A cheap stemmer for ranking only: it folds plurals and common verb endings so that
 * "rates", "rate" and "rated" count as one term. It need not produce real words, only
 * the same stem for the same word.
 */
final class SuffixStemmer {

    private SuffixStemmer() {
    }

    static String stem(String word) {
        int n = word.length();
        if (n <= 3) {
            return word;
        }
        if (word.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("ing") && n > 5) {
            return dropE(word.substring(0, n - 3));
        }
        if (word.endsWith("ed") && n > 4) {
            return dropE(word.substring(0, n - 2));
        }
        if (word.endsWith("ly") && n > 5) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("es") && n > 4 && isSibilant(word.charAt(n - 3))) {
            return word.substring(0, n - 2);
        }
        if (word.charAt(n - 1) == 's' && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return dropE(word.substring(0, n - 1));
        }
        return dropE(word);
    }

    /** "rate", "rat(ed)" and "rat(ing)" meet at "rat"; doubled consonants fold too ("stopp" to "stop"). */
    private static String dropE(String stem) {
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == 'e') {
            return stem.substring(0, n - 1);
        }
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))
                && stem.charAt(n - 1) != 'l' && stem.charAt(n - 1) != 's') {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    private static boolean isSibilant(char c) {
        return c == 's' || c == 'x' || c == 'z' || c == 'h';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
