package articleflow.analysis;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.cybozu.util.CharNormalizer;
import com.optimaize.langdetect.ngram.StandardNgramFilter;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells the language of an article's text, as an ISO 639-1 code, or {@link TextAnalyzer#NEUTRAL} ("und") when the
 * text cannot decide it: too few letters, or no language clearly ahead (mixed text). Built on Optimaize's
 * language-detector: its character n-gram profiles of 70 languages, its text normalization and n-gram rules, and
 * the Cybozu naive-Bayes update. Only the sampling loop is ours: the library averages seven random trials of up
 * to a thousand n-grams each, which cost 100–300 µs of CPU per article, more than normalize and summarize
 * together; here the n-grams of the sample are visited once, in a fixed order that strides across the whole
 * sample, until one language is certain. On the fixtures, the BBC dev texts and the multilingual dev set's
 * snippets it answers as the library's loop does, at a quarter of the cost or less.
 *
 * <p>Loading the profiles takes about a second and tens of megabytes, so there is one detector per JVM
 * ({@link #shared()}), loaded on first use. Thread-safe and deterministic: the profiles are read-only once built
 * and nothing is random, so the same text always gets the same answer.
 */
public final class LanguageDetector {

    /** Fewer letters than this (a headline, a caption) say too little about their language: "und". */
    public static final int MIN_LETTERS = 30;
    /**
     * Fewer different letters than this ("aaaa…", "test test test") is not language, however long: the n-grams of
     * one repeated word match some profile by chance. A sentence of any language uses more.
     */
    static final int MIN_DISTINCT_LETTERS = 8;
    /**
     * Only the start of a text is read: 1,000 characters decide a language as well as the whole article. A clear
     * text is certain after a few dozen n-grams; only mixed text reads all of them.
     */
    public static final int MAX_CHARS = 1_000;
    /** The leading language needs at least this probability; mixed text splits it between two or more. */
    static final double MIN_PROBABILITY = 0.80;
    /** The Cybozu smoothing: an n-gram unseen in a language weighs this much, not zero. */
    private static final double ALPHA = 0.5;
    private static final double BASE_FREQUENCY = 10_000;
    /**
     * A reading that is not certain after this many known n-grams stops there, as each of the library's trials
     * does (its iteration limit): a text no language convinces (made-up words, mixed text) would otherwise cost
     * every n-gram of the sample, three times this, in each of the seven readings.
     */
    static final int MAX_NGRAMS_PER_READING = 1_000;
    /** Certain enough to stop reading: the library's convergence threshold. */
    private static final double CERTAIN = 0.99999;
    /**
     * One reading per prime, each stepping through the sample by it from its own starting point, so that each
     * visits start, middle and end alike. A clear text gives the same answer in every reading; in a mixed text
     * each reading becomes certain of whichever language it met most, and their average stays split: "und".
     */
    private static final int[] STRIDES = {7_919, 104_729, 1_299_709, 15_485_863, 179_424_673, 2_038_074_743, 982_451_653};

    /**
     * Readings ahead of the answer are skipped only when the answer is beyond doubt by more than this: the sums of
     * the readings left out can differ from the full average only by rounding, far below it.
     */
    private static final double DECIDED_MARGIN = 1e-9;

    private final NgramFrequencyData profiles;
    private final NgramTable grams;
    /**
     * Cybozu's character normalization, which the profiles were built on (it folds Han characters into their
     * clusters, without which Japanese reads as Chinese), looked up per character instead of asking for each
     * character's Unicode block: what the library's text object makes of a text, without filters, as the text is
     * clean already.
     */
    private final char[] normalizedChars;
    /** The index into {@link #languageCodes} of each profile: zh-CN and zh-TW are two profiles of one language. */
    private final int[] languageOfProfile;
    private final String[] languageCodes;

    private LanguageDetector(NgramFrequencyData profiles, NgramTable grams) {
        this.profiles = profiles;
        this.grams = grams;
        this.normalizedChars = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            normalizedChars[c] = CharNormalizer.normalize((char) c);
        }
        List<String> codes = new ArrayList<>();
        this.languageOfProfile = new int[profiles.getLanguageList().size()];
        for (int i = 0; i < languageOfProfile.length; i++) {
            String code = profiles.getLanguage(i).getLanguage();
            if (!codes.contains(code)) {
                codes.add(code);
            }
            languageOfProfile[i] = codes.indexOf(code);
        }
        this.languageCodes = codes.toArray(String[]::new);
    }

    /** The one detector of this JVM, its profiles loaded on the first call. */
    public static LanguageDetector shared() {
        return Holder.INSTANCE;
    }

    /** The ISO 639-1 code of the language {@code text} is written in, or "und" when the text does not decide it. */
    public String detect(CharSequence text) {
        return inItsScript(detect(text, true), text);
    }

    /** As {@link #detect(CharSequence)}, reading all seven times even when the first readings already decide. */
    String detectReadingEveryTime(CharSequence text) {
        return inItsScript(detect(text, false), text);
    }

    /**
     * Korean is written in Hangul: the profiles read Traditional Chinese (and Japanese in kanji alone) as Korean,
     * since the Korean profile holds many Han characters and the Chinese ones are Simplified (a known fault of the
     * library's profiles). An answer of Korean for a text without a Hangul letter is corrected by the text's own
     * script: Japanese when it has kana, else Chinese.
     */
    static String inItsScript(String answer, CharSequence text) {
        if (!"ko".equals(answer) || text == null) {
            return answer;
        }
        boolean kana = false;
        for (int i = 0, n = Math.min(text.length(), MAX_CHARS); i < n; i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HANGUL) {
                return answer;
            }
            kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
        }
        return kana ? "ja" : "zh";
    }

    private String detect(CharSequence text, boolean stopWhenDecided) {
        if (text == null) {
            return TextAnalyzer.NEUTRAL;
        }
        CharSequence sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
        if (tooFewLetters(sample)) {
            return TextAnalyzer.NEUTRAL;
        }
        String padded = padded(sample);
        int languages = profiles.getLanguageList().size();
        double[] average = new double[languages];
        for (int reading = 0; reading < STRIDES.length; reading++) {
            double[] probability = reading(padded, STRIDES[reading], reading * padded.length() / STRIDES.length);
            if (probability == null) {
                // no n-gram of the text is known to any profile
                return TextAnalyzer.NEUTRAL;
            }
            for (int i = 0; i < languages; i++) {
                average[i] += probability[i] / STRIDES.length;
            }
            if (stopWhenDecided && reading < STRIDES.length - 1) {
                String decided = decidedAfter(reading + 1, byLanguage(average));
                if (decided != null) {
                    return decided;
                }
            }
        }
        return answer(byLanguage(average));
    }

    /** The probability of each language: the sum of its profiles'. */
    private double[] byLanguage(double[] byProfile) {
        double[] sums = new double[languageCodes.length];
        for (int i = 0; i < byProfile.length; i++) {
            sums[languageOfProfile[i]] += byProfile[i];
        }
        return sums;
    }

    /** The language the average of all readings puts at or above {@link #MIN_PROBABILITY}, or "und". */
    private String answer(double[] byLanguage) {
        String best = TextAnalyzer.NEUTRAL;
        double bestProbability = MIN_PROBABILITY;
        for (int i = 0; i < byLanguage.length; i++) {
            if (byLanguage[i] >= bestProbability) {
                best = languageCodes[i];
                bestProbability = byLanguage[i];
            }
        }
        return best;
    }

    /**
     * The answer when the readings still to come cannot change it, else null. Each reading adds at most a
     * seventh to one language: a language already at {@link #MIN_PROBABILITY} keeps the lead (the others share
     * less than the rest), and when no language can reach it any more, the answer is "und". A clear text is
     * decided after six readings; a text no language convinces, whose readings are the most expensive, after two
     * to five.
     */
    private String decidedAfter(int readingsDone, double[] byLanguage) {
        double lead = 0;
        int leader = 0;
        for (int i = 0; i < byLanguage.length; i++) {
            if (byLanguage[i] > lead) {
                lead = byLanguage[i];
                leader = i;
            }
        }
        if (lead >= MIN_PROBABILITY + DECIDED_MARGIN) {
            return languageCodes[leader];
        }
        double stillToCome = (double) (STRIDES.length - readingsDone) / STRIDES.length;
        if (lead + stillToCome < MIN_PROBABILITY - DECIDED_MARGIN) {
            return TextAnalyzer.NEUTRAL;
        }
        return null;
    }

    /**
     * The sample as the library's text object makes it (each character normalized, a run of spaces kept as one),
     * with a space at each end, as the profiles were built.
     */
    String padded(CharSequence sample) {
        StringBuilder padded = new StringBuilder(sample.length() + 2).append(' ');
        char previous = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = normalizedChars[sample.charAt(i)];
            if (c != ' ' || previous != ' ') {
                padded.append(c);
            }
            previous = c;
        }
        return padded.append(' ').toString();
    }

    /** One reading of the n-grams, from position {@code offset} on in steps of {@code prime}, until certain. */
    private double[] reading(String padded, int prime, int offset) {
        int languages = profiles.getLanguageList().size();
        double[] probability = new double[languages];
        Arrays.fill(probability, 1.0 / languages);
        double weight = ALPHA / BASE_FREQUENCY;
        int positions = padded.length();
        int stride = strideFor(prime, positions);
        int known = 0;
        for (int step = 0; step < positions; step++) {
            int start = (int) ((offset + (long) step * stride) % positions);
            for (int length = 1; length <= 3 && start + length <= positions; length++) {
                double[] inLanguage = usable(padded, start, length) ? grams.get(padded, start, length) : null;
                if (inLanguage == null) {
                    continue;
                }
                for (int i = 0; i < languages; i++) {
                    probability[i] *= weight + inLanguage[i];
                }
                if (++known % 5 == 0 && (normalize(probability) > CERTAIN || known >= MAX_NGRAMS_PER_READING)) {
                    return probability;
                }
            }
        }
        if (known == 0) {
            return null;
        }
        normalize(probability);
        return probability;
    }

    /** {@link StandardNgramFilter}'s rule, read in place: no lone space, no n-gram whose middle is a space. */
    private static boolean usable(String padded, int start, int length) {
        return switch (length) {
            case 1 -> padded.charAt(start) != ' ';
            case 3 -> padded.charAt(start + 1) != ' ';
            default -> true;
        };
    }

    /** The stride, or the next number up that shares no factor with {@code positions}, so every position is visited. */
    private static int strideFor(int prime, int positions) {
        int stride = prime % positions;
        while (stride == 0 || gcd(stride, positions) != 1) {
            stride++;
        }
        return stride;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Scales the probabilities to sum to one (keeping them away from underflow) and returns the largest. */
    private static double normalize(double[] probability) {
        double sum = 0;
        for (double p : probability) {
            sum += p;
        }
        double max = 0;
        for (int i = 0; i < probability.length; i++) {
            probability[i] /= sum;
            max = Math.max(max, probability[i]);
        }
        return max;
    }

    /** Fewer than {@link #MIN_LETTERS} letters, or fewer than {@link #MIN_DISTINCT_LETTERS} different ones. */
    private static boolean tooFewLetters(CharSequence text) {
        int letters = 0;
        char[] distinct = new char[MIN_DISTINCT_LETTERS];
        int distinctCount = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (distinctCount < MIN_DISTINCT_LETTERS) {
                char lower = Character.toLowerCase(c);
                boolean seen = false;
                for (int j = 0; j < distinctCount && !seen; j++) {
                    seen = distinct[j] == lower;
                }
                if (!seen) {
                    distinct[distinctCount++] = lower;
                }
            }
        }
        return letters < MIN_LETTERS || distinctCount < MIN_DISTINCT_LETTERS;
    }

    private static LanguageDetector load() {
        try {
            List<LanguageProfile> profiles = new ArrayList<>();
            for (LanguageProfile profile : new LanguageProfileReader().readAllBuiltIn()) {
                // only languages with an ISO 639-1 code: "ast" (Asturian) could never be a valid answer
                if (profile.getLocale().getLanguage().length() == 2) {
                    profiles.add(profile);
                }
            }
            NgramFrequencyData data = NgramFrequencyData.create(profiles, List.of(1, 2, 3));
            return new LanguageDetector(data, NgramTable.of(profiles, data, StandardNgramFilter.getInstance()));
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the classpath", e);
        }
    }

    /** The lazy holder idiom: the JVM loads the profiles once, on first use, without locking afterwards. */
    private static final class Holder {
        static final LanguageDetector INSTANCE = load();
    }
}
