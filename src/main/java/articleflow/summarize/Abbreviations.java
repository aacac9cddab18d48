package articleflow.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a full stop after a word ends the sentence or belongs to an abbreviation or an ordinal, with
 * the lists of one language. The lists are resource files, one per language
 * ({@code articleflow/summarize/abbreviations/<code>.txt}, their format in the README.txt beside them); a
 * language without a file gets all of them together. Immutable, so one instance per language is shared.
 */
final class Abbreviations {

    /** The languages with a file of their own. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl");
    private static final String DIRECTORY = "/articleflow/summarize/abbreviations/";

    private static final Map<String, Abbreviations> BY_LANGUAGE = loadAll();
    private static final Abbreviations ALL = union(BY_LANGUAGE.values());

    private final Set<String> neverFinal;
    private final Set<String> sometimesFinal;
    private final Set<String> beforeNumber;
    private final Set<String> months;
    private final Set<String> ordinalBefore;
    private final Set<String> openers;
    private final boolean ordinalDot;
    private final boolean lowercaseOpeners;

    private Abbreviations(Map<String, Set<String>> sections, Set<String> options) {
        this.neverFinal = Set.copyOf(sections.getOrDefault("never-final", Set.of()));
        this.sometimesFinal = Set.copyOf(sections.getOrDefault("sometimes-final", Set.of()));
        this.beforeNumber = Set.copyOf(sections.getOrDefault("before-number", Set.of()));
        this.months = Set.copyOf(sections.getOrDefault("months", Set.of()));
        this.ordinalBefore = Set.copyOf(sections.getOrDefault("ordinal-before", Set.of()));
        this.openers = Set.copyOf(sections.getOrDefault("openers", Set.of()));
        this.ordinalDot = options.contains("ordinal-dot");
        this.lowercaseOpeners = options.contains("lowercase-openers");
    }

    /** The lists of {@code language} (a canonical ISO 639-1 code), or every list together for another language. */
    static Abbreviations of(String language) {
        Abbreviations own = language == null ? null : BY_LANGUAGE.get(language);
        return own != null ? own : ALL;
    }

    /** English, the splitter's rules before it knew other languages. */
    static Abbreviations english() {
        return BY_LANGUAGE.get("en");
    }

    /**
     * @param word the word before the full stop, lowercased, without the stop itself
     * @param previous the word before that one when it too ends in a full stop ("z" of "z. B."), lowercased without
     *                 its stop, else empty
     * @param nextWord the next word, lowercased letters only (may be empty)
     * @param nextChar the first character after the whitespace
     */
    boolean endsSentence(String word, String previous, String nextWord, char nextChar) {
        if (word.isEmpty()) {
            return true;
        }
        if (!previous.isEmpty() && previous.length() <= 2 && word.length() <= 3) {
            // an abbreviation written with a space inside it: "z. B.", "d. h.", "p. ex."
            String joined = previous + '.' + word;
            if (neverFinal.contains(joined)) {
                return false;
            }
            if (sometimesFinal.contains(joined)) {
                return opensSentence(nextWord, nextChar);
            }
        }
        if (word.length() <= 3 && !nextWord.isEmpty() && nextWord.length() <= 3) {
            // the first part of one written with a space: "EE. UU.", "p. ex." (its second part is the case above)
            String joined = word + '.' + nextWord;
            if (neverFinal.contains(joined) || sometimesFinal.contains(joined)) {
                return false;
            }
        }
        if (neverFinal.contains(word)) {
            return false;
        }
        if (beforeNumber.contains(word) && Character.isDigit(nextChar)) {
            return false;
        }
        if (ordinalDot && isOrdinal(word)) {
            // "am 3. Mai", "im 20. Jahrhundert", "der 3. und 4. Juni": a new sentence starts with a capital opener
            if (months.contains(nextWord) || ordinalBefore.contains(nextWord) || Character.isLowerCase(nextChar)) {
                return false;
            }
            return opensSentence(nextWord, nextChar);
        }
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        boolean dotted = word.indexOf('.') > 0; // u.s, u.k, a.m, j.r.r, s.a
        if (initial || dotted || sometimesFinal.contains(word) || beforeNumber.contains(word)) {
            if (word.equals("etc") && Character.isUpperCase(nextChar)) {
                return true;
            }
            return opensSentence(nextWord, nextChar);
        }
        return true;
    }

    private boolean opensSentence(String nextWord, char nextChar) {
        return openers.contains(nextWord) && (lowercaseOpeners || Character.isUpperCase(nextChar));
    }

    /** One to three digits: a day or an ordinal; a four-digit year ends sentences as any word does. */
    private static boolean isOrdinal(String word) {
        if (word.length() > 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Abbreviations> loadAll() {
        Map<String, Abbreviations> all = new HashMap<>();
        for (String language : LANGUAGES) {
            all.put(language, load(language));
        }
        return Map.copyOf(all);
    }

    private static Abbreviations load(String language) {
        String path = DIRECTORY + language + ".txt";
        Map<String, Set<String>> sections = new HashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("abbreviation list missing: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = sections.computeIfAbsent(text.substring(1, text.length() - 1), s -> new HashSet<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(path + ": entries before the first [section]: " + text);
                }
                for (String entry : text.split("\\s+")) {
                    current.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Abbreviations(sections, sections.getOrDefault("options", Set.of()));
    }

    /**
     * Every language's entries together, for text in another language or none: ordinals as in German, openers only
     * with a capital.
     */
    private static Abbreviations union(Iterable<Abbreviations> languages) {
        Map<String, Set<String>> sections = new HashMap<>();
        for (Abbreviations a : languages) {
            sections.computeIfAbsent("never-final", s -> new HashSet<>()).addAll(a.neverFinal);
            sections.computeIfAbsent("sometimes-final", s -> new HashSet<>()).addAll(a.sometimesFinal);
            sections.computeIfAbsent("before-number", s -> new HashSet<>()).addAll(a.beforeNumber);
            sections.computeIfAbsent("months", s -> new HashSet<>()).addAll(a.months);
            sections.computeIfAbsent("ordinal-before", s -> new HashSet<>()).addAll(a.ordinalBefore);
            sections.computeIfAbsent("openers", s -> new HashSet<>()).addAll(a.openers);
        }
        return new Abbreviations(sections, Set.of("ordinal-dot"));
    }
}
