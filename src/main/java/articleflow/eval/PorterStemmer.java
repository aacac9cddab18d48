package articleflow.eval;

import java.util.Map;

/**
 * The Porter stemmer exactly as NLTK's {@code PorterStemmer()} runs it by default (mode
 * {@code NLTK_EXTENSIONS}), which is what Google's {@code rouge-score} calls: Porter's 1980
 * algorithm with NLTK's small departures (irregular forms, "ies"/"ied" on four-letter words,
 * y-to-i only after a consonant, "alli", "fulli" and "logi" in step 2). Input must be lowercase.
 */
public final class PorterStemmer {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("skies", "sky"), Map.entry("sky", "sky"), Map.entry("dying", "die"),
            Map.entry("lying", "lie"), Map.entry("tying", "tie"), Map.entry("news", "news"),
            Map.entry("innings", "inning"), Map.entry("inning", "inning"), Map.entry("outings", "outing"),
            Map.entry("outing", "outing"), Map.entry("cannings", "canning"), Map.entry("canning", "canning"),
            Map.entry("howe", "howe"), Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"),
            Map.entry("succeed", "succeed"));

    /** A rule's condition on the stem left after removing the suffix. */
    private interface Condition {
        boolean test(String stem);
    }

    private record Rule(String suffix, String replacement, Condition condition) {
    }

    private final Rule[] step2;
    private final Rule[] step3;
    private final Rule[] step4;

    public PorterStemmer() {
        Condition positive = stem -> measure(stem) > 0;
        step2 = new Rule[] {
            new Rule("ational", "ate", positive), new Rule("tional", "tion", positive),
            new Rule("enci", "ence", positive), new Rule("anci", "ance", positive),
            new Rule("izer", "ize", positive), new Rule("bli", "ble", positive),
            new Rule("alli", "al", positive), new Rule("entli", "ent", positive),
            new Rule("eli", "e", positive), new Rule("ousli", "ous", positive),
            new Rule("ization", "ize", positive), new Rule("ation", "ate", positive),
            new Rule("ator", "ate", positive), new Rule("alism", "al", positive),
            new Rule("iveness", "ive", positive), new Rule("fulness", "ful", positive),
            new Rule("ousness", "ous", positive), new Rule("aliti", "al", positive),
            new Rule("iviti", "ive", positive), new Rule("biliti", "ble", positive),
            new Rule("fulli", "ful", positive),
            // the 'l' of "logi" stays with the stem, so "geologi" keeps "geo" + "log"
            new Rule("logi", "log", null),
        };
        step3 = new Rule[] {
            new Rule("icate", "ic", positive), new Rule("ative", "", positive),
            new Rule("alize", "al", positive), new Rule("iciti", "ic", positive),
            new Rule("ical", "ic", positive), new Rule("ful", "", positive), new Rule("ness", "", positive),
        };
        Condition above1 = stem -> measure(stem) > 1;
        step4 = new Rule[] {
            new Rule("al", "", above1), new Rule("ance", "", above1), new Rule("ence", "", above1),
            new Rule("er", "", above1), new Rule("ic", "", above1), new Rule("able", "", above1),
            new Rule("ible", "", above1), new Rule("ant", "", above1), new Rule("ement", "", above1),
            new Rule("ment", "", above1), new Rule("ent", "", above1),
            new Rule("ion", "", stem -> measure(stem) > 1 && (stem.endsWith("s") || stem.endsWith("t"))),
            new Rule("ou", "", above1), new Rule("ism", "", above1), new Rule("ate", "", above1),
            new Rule("iti", "", above1), new Rule("ous", "", above1), new Rule("ive", "", above1),
            new Rule("ize", "", above1),
        };
    }

    public String stem(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (word.length() <= 2) {
            return word;
        }
        String stem = step1a(word);
        stem = step1b(stem);
        stem = step1c(stem);
        stem = step2(stem);
        stem = apply(stem, step3);
        stem = apply(stem, step4);
        stem = step5a(stem);
        return step5b(stem);
    }

    private String step1a(String word) {
        if (word.endsWith("ies") && word.length() == 4) {
            return cut(word, 3) + "ie";
        }
        if (word.endsWith("sses")) {
            return cut(word, 4) + "ss";
        }
        if (word.endsWith("ies")) {
            return cut(word, 3) + "i";
        }
        if (word.endsWith("ss")) {
            return word;
        }
        if (word.endsWith("s")) {
            return cut(word, 1);
        }
        return word;
    }

    private String step1b(String word) {
        if (word.endsWith("ied")) {
            return word.length() == 4 ? cut(word, 3) + "ie" : cut(word, 3) + "i";
        }
        if (word.endsWith("eed")) {
            String stem = cut(word, 3);
            return measure(stem) > 0 ? stem + "ee" : word;
        }
        String stem = null;
        if (word.endsWith("ed") && containsVowel(cut(word, 2))) {
            stem = cut(word, 2);
        } else if (word.endsWith("ing") && containsVowel(cut(word, 3))) {
            stem = cut(word, 3);
        }
        if (stem == null) {
            return word;
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        if (endsDoubleConsonant(stem)) {
            char last = stem.charAt(stem.length() - 1);
            return last == 'l' || last == 's' || last == 'z' ? stem : cut(stem, 1);
        }
        if (measure(stem) == 1 && endsCvc(stem)) {
            return stem + "e";
        }
        return stem;
    }

    private String step1c(String word) {
        int n = word.length();
        if (word.endsWith("y") && n - 1 > 1 && isConsonant(word, n - 2)) {
            return cut(word, 1) + "i";
        }
        return word;
    }

    private String step2(String word) {
        if (word.endsWith("alli") && measure(cut(word, 4)) > 0) {
            return step2(cut(word, 4) + "al");
        }
        for (Rule rule : step2) {
            if (word.endsWith(rule.suffix())) {
                if (rule.suffix().equals("logi")) {
                    return measure(cut(word, 3)) > 0 ? cut(word, 4) + "log" : word;
                }
                String stem = cut(word, rule.suffix().length());
                return rule.condition().test(stem) ? stem + rule.replacement() : word;
            }
        }
        return word;
    }

    /** The first rule whose suffix matches decides; no later rule is tried. */
    private static String apply(String word, Rule[] rules) {
        for (Rule rule : rules) {
            if (word.endsWith(rule.suffix())) {
                String stem = cut(word, rule.suffix().length());
                return rule.condition().test(stem) ? stem + rule.replacement() : word;
            }
        }
        return word;
    }

    private String step5a(String word) {
        if (word.endsWith("e")) {
            String stem = cut(word, 1);
            int m = measure(stem);
            if (m > 1 || m == 1 && !endsCvc(stem)) {
                return stem;
            }
        }
        return word;
    }

    private String step5b(String word) {
        if (word.endsWith("ll") && measure(cut(word, 1)) > 1) {
            return cut(word, 1);
        }
        return word;
    }

    private static String cut(String word, int suffixLength) {
        return word.substring(0, word.length() - suffixLength);
    }

    static boolean isConsonant(String word, int i) {
        char c = word.charAt(i);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            return false;
        }
        if (c == 'y') {
            return i == 0 || !isConsonant(word, i - 1);
        }
        return true;
    }

    /** Porter's m: the number of vowel-consonant sequences in [C](VC)^m[V]. */
    static int measure(String stem) {
        int m = 0;
        boolean previousVowel = false;
        for (int i = 0; i < stem.length(); i++) {
            boolean consonant = isConsonant(stem, i);
            if (consonant && previousVowel) {
                m++;
            }
            previousVowel = !consonant;
        }
        return m;
    }

    private static boolean containsVowel(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (!isConsonant(stem, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsDoubleConsonant(String word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == word.charAt(n - 2) && isConsonant(word, n - 1);
    }

    /** consonant-vowel-consonant, the last not w, x or y; NLTK also accepts a two-letter vowel-consonant word. */
    private static boolean endsCvc(String word) {
        int n = word.length();
        if (n >= 3 && isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1)) {
            char last = word.charAt(n - 1);
            return last != 'w' && last != 'x' && last != 'y';
        }
        return n == 2 && !isConsonant(word, 0) && isConsonant(word, 1);
    }
}
