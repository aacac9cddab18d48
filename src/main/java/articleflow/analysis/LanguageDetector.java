package articleflow.analysis;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the language of an article's text, as an ISO 639-1 code, or {@link TextAnalyzer#NEUTRAL} ("und") when the
 * text cannot decide it: too few letters, or no language clearly ahead (mixed text). Built on Optimaize's
 * language-detector (character n-gram profiles of 70 languages, the Cybozu langdetect algorithm).
 *
 * <p>Loading the profiles takes about a second and tens of megabytes, so there is one detector per JVM
 * ({@link #shared()}), loaded on first use. Thread-safe: the profiles are read-only once built and each call
 * draws on its own seeded random numbers, so the same text always gets the same answer.
 */
public final class LanguageDetector {

    /** Fewer letters than this (a headline, a caption) say too little about their language: "und". */
    public static final int MIN_LETTERS = 30;
    /**
     * Only the start of a text is read: 1,000 characters decide a language as well as the whole article, and the
     * n-gram extraction, most of the cost, grows with the length.
     */
    public static final int MAX_CHARS = 1_000;
    /** The leading language needs at least this probability; mixed text splits it between two or more. */
    static final double MIN_PROBABILITY = 0.80;
    /** Fixed, so that detection is deterministic across runs, replays and instances. */
    private static final long SEED = 41L;

    private final com.optimaize.langdetect.LanguageDetector detector;
    /**
     * Cybozu's character normalization, which the profiles were built on (it folds Han characters into their
     * clusters, without which Japanese reads as Chinese); the text is clean already, so no URL or script filters.
     */
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    private LanguageDetector(com.optimaize.langdetect.LanguageDetector detector) {
        this.detector = detector;
    }

    /** The one detector of this JVM, its profiles loaded on the first call. */
    public static LanguageDetector shared() {
        return Holder.INSTANCE;
    }

    /** The ISO 639-1 code of the language {@code text} is written in, or "und" when the text does not decide it. */
    public String detect(CharSequence text) {
        if (text == null) {
            return TextAnalyzer.NEUTRAL;
        }
        CharSequence sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return TextAnalyzer.NEUTRAL;
        }
        // zh-CN and zh-TW are two profiles of one language: their probabilities add up
        Map<String, Double> byLanguage = new HashMap<>();
        for (DetectedLanguage candidate : detector.getProbabilities(texts.forText(sample))) {
            byLanguage.merge(candidate.getLocale().getLanguage(), candidate.getProbability(), Double::sum);
        }
        String best = TextAnalyzer.NEUTRAL;
        double bestProbability = MIN_PROBABILITY;
        for (Map.Entry<String, Double> e : byLanguage.entrySet()) {
            if (e.getValue() >= bestProbability) {
                best = e.getKey();
                bestProbability = e.getValue();
            }
        }
        return best;
    }

    private static int letters(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
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
            return new LanguageDetector(LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(profiles)
                    .seed(SEED)
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the classpath", e);
        }
    }

    /** The lazy holder idiom: the JVM loads the profiles once, on first use, without locking afterwards. */
    private static final class Holder {
        static final LanguageDetector INSTANCE = load();
    }
}
