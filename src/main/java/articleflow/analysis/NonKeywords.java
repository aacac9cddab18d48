package articleflow.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Words that are not keywords of an article however often it uses them, because news copy uses them in nearly
 * every story: the calendar (weekday and month names in the article's language, from the JDK's locale data, in
 * both the running and the standalone forms, so Polish "stycznia" as well as "styczeń") and the reporting words
 * of a language's copy ("said", "sagte", "según"), one resource file per language under
 * {@code articleflow/analysis/non-keywords/}. Function words are the analyzers' stop lists already.
 *
 * <p>A large, varied corpus gives such words a low document-frequency weight by itself; a partition that has seen
 * few articles (a new deployment, the demo) cannot, so keywords would read "said, tuesday, also". The words still
 * count for related articles: this is about what a reader is shown.
 */
public final class NonKeywords {

    private static final String RESOURCES = "/articleflow/analysis/non-keywords/";
    /** ISO 639 codes: at most 18,278 of them can ever be cached, whatever the records say. */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, Words> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** A language's words, and the locale that lowercases a keyword the way they were lowercased. */
    private record Words(Locale locale, Set<String> words) {
    }

    private NonKeywords() {
    }

    /** Whether {@code word} (a keyword's surface form, any case) is never a keyword in {@code language} (ISO 639-1). */
    public static boolean contains(String language, String word) {
        // "en-GB" is "en", null or blank "und", as everywhere in the analysis
        String code = TextAnalyzer.canonicalLanguage(language);
        Words words = BY_LANGUAGE.get(code);
        if (words == null) {
            // not a language code (a record's own string): no words, and no entry of its own in the cache
            String known = LANGUAGE_CODE.matcher(code).matches() ? code : TextAnalyzer.NEUTRAL;
            words = BY_LANGUAGE.computeIfAbsent(known, c -> new Words(Locale.forLanguageTag(c), load(c)));
        }
        // keywords come lowercase already, and then toLowerCase gives the same string back without a copy
        return words.words().contains(word.toLowerCase(words.locale()));
    }

    private static Set<String> load(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Set<String> words = new HashSet<>();
        // a language the JDK has no names for (and "und") would get the root locale's "Mar" and "Tue": none then
        boolean named = !Month.JANUARY.getDisplayName(TextStyle.FULL, locale)
                .equals(Month.JANUARY.getDisplayName(TextStyle.FULL, Locale.ROOT));
        for (TextStyle style : named ? new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE} : new TextStyle[0]) {
            for (Month month : Month.values()) {
                addName(words, month.getDisplayName(style, locale).toLowerCase(locale));
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                addName(words, day.getDisplayName(style, locale).toLowerCase(locale));
            }
        }
        words.addAll(listed(language));
        return Set.copyOf(words);
    }

    /** A calendar name, and each word of one written in several ("segunda-feira": a keyword is one word). */
    private static void addName(Set<String> words, String name) {
        words.add(name);
        for (String part : name.split("[\\s\\-]+")) {
            words.add(part);
        }
    }

    /** The language's resource list (none for most languages), stripped, without blank lines and # comments. */
    private static Set<String> listed(String language) {
        Set<String> words = new HashSet<>();
        try (InputStream in = NonKeywords.class.getResourceAsStream(RESOURCES + language + ".txt")) {
            if (in == null) {
                return words;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.forLanguageTag(language)));
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the non-keyword list of " + language, e);
        }
    }
}
