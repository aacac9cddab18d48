package articleflow.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The text analysis that related articles, keywords and (for languages other than English) summaries share: tokenise, drop stop words and stem with
 * Lucene's analyzer for the article's language, and keep, for every stem, the surface form readers saw most
 * often, so that keywords read "elections" where the stem is "elect". Unknown languages get a
 * language-neutral fallback.
 *
 * <p>Thread-safe: Lucene analyzers keep their per-thread token streams themselves. The work per call is
 * capped ({@link #MAX_CHARS}, {@link #MAX_TOKENS}, {@link #MAX_TERM_LENGTH}), so a hostile body, a 5 MB
 * "word" or a hundred thousand tokens, costs no more than a long article.
 */
public final class TextAnalyzer {

    /** The code of the language-neutral fallback, also used for a missing language (ISO 639-2 "undetermined"). */
    public static final String NEUTRAL = "und";
    /** Only the start of a longer text is analysed; 100,000 characters is a very long article. */
    public static final int MAX_CHARS = 100_000;
    /** At most this many tokens (stop words included) are read from one text. */
    public static final int MAX_TOKENS = 20_000;
    /** Longer tokens are identifiers, urls or junk, never vocabulary: skipped. */
    public static final int MAX_TERM_LENGTH = 40;

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    /**
     * Languages whose analyzer is Unicode word breaks followed by filters that each look at one token alone, so that
     * a token's stem never depends on its neighbours: checked against the whole chain by {@code TextAnalyzerTokenWiseTest}.
     * The others (dictionary segmenters, char filters, filters that join or split tokens) always run the chain.
     */
    private static final Set<String> TOKEN_WISE = Set.of("en", "de", "fr", "es", "it", "pt", "nl",
            "pl", "sv", "da", "no", "nb", "nn", "fi", "ru", NEUTRAL);
    /**
     * Distinct tokens (as written: "Ferry" and "ferry" are two) a language remembers the stem of, about 7 MB of heap
     * when full; past that it starts again. A day of one language's news uses fewer; text of made-up words only
     * makes each token cost the whole chain once more, which is what it cost before.
     */
    static final int MAX_KNOWN_TOKENS = 50_000;
    /** Stand-ins in the stem table, compared by identity: a stop word, and a token the filters split. */
    private static final String DROPPED = new String("dropped");
    private static final String SEVERAL = new String("several");
    /** Only the word breaks, as every token-wise language's analyzer makes them (its own tokenizer). */
    private static final Analyzer TOKENS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    /** The stem tables of the token-wise languages; empty when every token goes through the whole chain. */
    private final Map<String, Map<String, String>> stemsByToken = new ConcurrentHashMap<>();

    public TextAnalyzer() {
        this(true);
    }

    /** The same analysis with every token through the whole chain, as before the stem table: for comparisons. */
    public static TextAnalyzer wholeChainOnly() {
        return new TextAnalyzer(false);
    }

    /** @param tokenWise whether token-wise languages look stems up per token (see {@link #TOKEN_WISE}) */
    TextAnalyzer(boolean tokenWise) {
        if (tokenWise) {
            for (String code : TOKEN_WISE) {
                stemsByToken.put(code, new ConcurrentHashMap<>());
            }
        }
    }

    /**
     * The canonical form of a language code: lowercase ISO 639-1 with any region dropped ("en-GB" is "en"); null or
     * blank is {@link #NEUTRAL}. Related links stay within one canonical code, also for codes without an analyzer.
     */
    public static String canonicalLanguage(String language) {
        return LanguageAnalyzers.canonical(language);
    }

    /** Analyses {@code text} with the rules of {@code language} (ISO 639-1; null, blank or unknown: neutral). */
    public AnalyzedText analyze(String language, String text) {
        String code = LanguageAnalyzers.canonical(language);
        if (!LanguageAnalyzers.codes().contains(code)) {
            code = NEUTRAL;
        }
        if (text == null || text.isEmpty()) {
            return new AnalyzedText(code, List.of(), 0, false);
        }
        boolean truncated = text.length() > MAX_CHARS;
        String input = truncated ? text.substring(0, MAX_CHARS) : text;
        Map<String, Counts> byStem = new LinkedHashMap<>();
        int[] counted = {0};
        // the same length as input, so offsets read surface forms and capitals from the text as written
        boolean complete = eachStem(code, input, (stem, start, end) -> {
            Counts counts = byStem.computeIfAbsent(stem, s -> new Counts());
            counts.count++;
            if (isCapitalizedInSentence(input, start)) {
                counts.capitalized++;
            }
            counts.see(surface(input, start, end, stem));
            counted[0]++;
        });
        truncated |= !complete;
        List<AnalyzedText.Term> terms = new ArrayList<>(byStem.size());
        byStem.forEach((stem, counts) ->
                terms.add(new AnalyzedText.Term(stem, counts.best(), counts.count, counts.capitalized)));
        return new AnalyzedText(code, terms, counted[0], truncated);
    }

    /**
     * The stems of {@code text} in order, repeats kept, stop words dropped, with the rules of {@code language} as in
     * {@link #analyze}: for short texts such as one sentence, where only the sequence of terms matters.
     */
    public List<String> stems(String language, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<String> stems = new ArrayList<>();
        eachStem(analyzerCode(language), input, (stem, start, end) -> stems.add(stem));
        return stems;
    }

    /** Distinct tokens whose stem {@code code} remembers now. */
    int knownTokens(String code) {
        Map<String, String> known = stemsByToken.get(code);
        return known == null ? 0 : known.size();
    }

    /** What {@link #eachStem} hands on: a stem, and where its token starts and ends in the text. */
    @FunctionalInterface
    interface StemSink {
        void accept(String stem, int start, int end);
    }

    /**
     * Every stem of {@code input} in order, as the language's analyzer gives it, skipping empty and overlong ones; at
     * most {@link #MAX_TOKENS} of them.
     *
     * @return false when the text had more stems than that
     */
    boolean eachStem(String code, String input, StemSink sink) {
        Map<String, String> known = stemsByToken.get(code);
        if (known != null) {
            Boolean complete = eachStemByToken(code, input, known, sink);
            if (complete != null) {
                return complete;
            }
        }
        return eachStemOfTheChain(code, input, sink);
    }

    /** The language's whole analyzer over the text: its tokenizer and every filter for every token. */
    private boolean eachStemOfTheChain(String code, String input, StemSink sink) {
        Analyzer analyzer = analyzers.computeIfAbsent(code, LanguageAnalyzers::create);
        try (TokenStream stream = analyzer.tokenStream("text", plainApostrophes(code, input))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int read = 0;
            while (stream.incrementToken()) {
                if (++read > MAX_TOKENS) {
                    return false;
                }
                int length = term.length();
                if (length > 0 && length <= MAX_TERM_LENGTH) {
                    sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
                }
            }
            stream.end();
            return true;
        } catch (IOException e) {
            // a String reader does not fail
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same stems, where the language's filters each look at one token alone (lowercasing, stop words, elisions,
     * possessives, stemming): the text is only tokenized, and each distinct token's stem is looked up, the filters
     * running once per token ever seen instead of once per occurrence (a third of the analysis' time saved on a
     * 4 KiB English article, {@code RelatedAnalysisBenchmark}). Null, and nothing handed on, when a token's filters
     * gave more than one term (none of the token-wise languages' do today): then the whole chain decides.
     */
    private Boolean eachStemByToken(String code, String input, Map<String, String> known, StemSink sink) {
        List<String> stems = new ArrayList<>();
        int[] offsets = new int[64];
        boolean complete = true;
        try (TokenStream stream = TOKENS.tokenStream("text", plainApostrophes(code, input))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int read = 0;
            while (stream.incrementToken()) {
                String token = term.toString();
                String stem = known.get(token);
                if (stem == null) {
                    stem = stemOfOneToken(code, token);
                    if (known.size() >= MAX_KNOWN_TOKENS) {
                        known.clear();
                    }
                    known.put(token, stem);
                }
                if (stem == SEVERAL) {
                    return null;
                }
                if (stem == DROPPED) {
                    continue;
                }
                if (++read > MAX_TOKENS) {
                    complete = false;
                    break;
                }
                if (!stem.isEmpty() && stem.length() <= MAX_TERM_LENGTH) {
                    if (2 * stems.size() + 2 > offsets.length) {
                        offsets = Arrays.copyOf(offsets, offsets.length * 2);
                    }
                    offsets[2 * stems.size()] = offset.startOffset();
                    offsets[2 * stems.size() + 1] = offset.endOffset();
                    stems.add(stem);
                }
            }
            stream.end();
        } catch (IOException e) {
            // a String reader does not fail
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < stems.size(); i++) {
            sink.accept(stems.get(i), offsets[2 * i], offsets[2 * i + 1]);
        }
        return complete;
    }

    /**
     * What the language's whole analyzer makes of one token alone: its term (of any length, as the chain gives it),
     * {@link #DROPPED} for none (a stop word) or {@link #SEVERAL}.
     */
    private String stemOfOneToken(String code, String token) {
        Analyzer analyzer = analyzers.computeIfAbsent(code, LanguageAnalyzers::create);
        String only = DROPPED;
        try (TokenStream stream = analyzer.tokenStream("text", token)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (only != DROPPED) {
                    only = SEVERAL;
                    break;
                }
                only = term.toString();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return only;
    }

    /**
     * English copy writes "didn\u2019t" and "I\u2019m" with a typographic apostrophe, which English's stop words only
     * know written with "'": without this they would be terms, and "I\u2019m" would even count as a name. One
     * character for one, so that offsets still point into the text as written.
     */
    static String plainApostrophes(String code, String text) {
        if (!"en".equals(code)) {
            return text;
        }
        return text.replace('\u2019', '\'').replace('\u02bc', '\'').replace('\uff07', '\'');
    }

    /** Whether {@code language} has rules of its own (stop words, stemming); the others get the neutral ones. */
    public static boolean hasRules(String language) {
        return LanguageAnalyzers.codes().contains(LanguageAnalyzers.canonical(language));
    }

    private static String analyzerCode(String language) {
        String code = LanguageAnalyzers.canonical(language);
        return LanguageAnalyzers.codes().contains(code) ? code : NEUTRAL;
    }

    /**
     * The token as written, lowercased. Lucene's offsets span the whole original token, so elisions and
     * possessives ("l'économie", "Putin's") come back too: the longest part between apostrophes is the word.
     */
    static String surface(String text, int start, int end, String stem) {
        if (start < 0 || end > text.length() || start >= end || end - start > 2 * MAX_TERM_LENGTH) {
            return stem;
        }
        String written = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (written.indexOf('\'') < 0 && written.indexOf('\u2019') < 0) {
            return written;
        }
        String best = "";
        for (String part : written.split("['\u2019]")) {
            if (part.length() > best.length()) {
                best = part;
            }
        }
        return best.isEmpty() ? stem : best;
    }

    /** Whether the token at {@code start} begins with a capital and does not begin a sentence, line or quote. */
    static boolean isCapitalizedInSentence(String text, int start) {
        if (start < 0 || start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201c'
                    || c == '\u00ab' || c == '(' || c == '-' || c == '\u2014') {
                return false;
            }
            if (!Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** How often a stem occurs and in which written forms; most stems have one or two. */
    private static final class Counts {
        int count;
        int capitalized;
        String only;
        int onlyCount;
        Map<String, int[]> forms;

        void see(String form) {
            if (forms == null) {
                if (only == null || only.equals(form)) {
                    only = form;
                    onlyCount++;
                    return;
                }
                forms = new HashMap<>(4);
                forms.put(only, new int[] {onlyCount, 0});
            }
            forms.computeIfAbsent(form, f -> new int[] {0, forms.size()})[0]++;
        }

        /** The most frequent form; ties go to the shorter, then the first seen. */
        String best() {
            if (forms == null) {
                return only;
            }
            String best = null;
            int[] bestCounts = null;
            for (Map.Entry<String, int[]> e : forms.entrySet()) {
                int[] c = e.getValue();
                if (best == null || c[0] > bestCounts[0]
                        || c[0] == bestCounts[0] && (e.getKey().length() < best.length()
                        || e.getKey().length() == best.length() && c[1] < bestCounts[1])) {
                    best = e.getKey();
                    bestCounts = c;
                }
            }
            return best;
        }
    }
}
