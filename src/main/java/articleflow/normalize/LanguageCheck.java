package articleflow.normalize;

import articleflow.analysis.LanguageDetector;
import articleflow.analysis.TextAnalyzer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Settles an article's {@code language}: the publisher's value when it names an ISO 639-1 language (lowercased,
 * region dropped: "en-GB" is "en"; the withdrawn codes "iw", "in", "ji" as "he", "id", "yi"), else the language
 * detected in the normalized text, "und" when the text does not decide it. The text is read in both cases, so that a publisher's value that the text contradicts is counted.
 * Thread-safe.
 */
public final class LanguageCheck {

    /** The codes ISO 639-1 assigns (Java's list): two letters alone ("zz", "xx") name no language. */
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    /** How the language was settled; operators count each outcome per source. */
    public enum Outcome {
        /** The publisher sent none (or "und"): the detected language is used. */
        DETECTED,
        /** The text agrees with the publisher's language. */
        AGREED,
        /** The text is in another language than the publisher says; the publisher's value is kept. */
        DISAGREED,
        /** The text does not decide (short or mixed); the publisher's value is kept. */
        UNDECIDED,
        /** The publisher's value is not an ISO 639-1 code ("english", "ast"): the detected language replaces it. */
        REPLACED;

        /** The label operators see, as in {@code outcome="disagreed"}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param language what the enriched record says: ISO 639-1 or "und"; @param detected what the text says */
    public record Decision(String language, String detected, Outcome outcome) {
    }

    private final Supplier<LanguageDetector> detector;

    public LanguageCheck(LanguageDetector detector) {
        Objects.requireNonNull(detector, "detector");
        this.detector = () -> detector;
    }

    /**
     * With the JVM's one shared detector, loaded at the first article, not here: building a topology (to describe
     * it, say) must not cost the seconds the profiles take.
     */
    public LanguageCheck() {
        this.detector = LanguageDetector::shared;
    }

    /** Loads the detector's profiles now (seconds), so that the first article does not wait for them. */
    public void load() {
        detector.get();
    }

    /**
     * @param given the publisher's {@code language}, possibly null
     * @param paragraphs the normalized paragraphs (the title is left out: it is short and often in capitals)
     */
    public Decision decide(String given, List<String> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        String detected = detector.get().detect(sample(paragraphs));
        String canonical = current(TextAnalyzer.canonicalLanguage(given));
        if (canonical.equals(TextAnalyzer.NEUTRAL)) {
            return new Decision(detected, detected, Outcome.DETECTED);
        }
        if (!ISO_639_1.contains(canonical)) {
            return new Decision(detected, detected, Outcome.REPLACED);
        }
        if (detected.equals(TextAnalyzer.NEUTRAL)) {
            return new Decision(canonical, detected, Outcome.UNDECIDED);
        }
        return new Decision(canonical, detected,
                sameLanguage(canonical, detected) ? Outcome.AGREED : Outcome.DISAGREED);
    }

    /** The paragraphs' start, up to what the detector reads, joined by blank lines. */
    private static String sample(List<String> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (text.length() >= LanguageDetector.MAX_CHARS) {
                break;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(paragraph, 0, Math.min(paragraph.length(), LanguageDetector.MAX_CHARS));
        }
        return text.toString();
    }

    /** Codes that name one language: Norwegian Bokmål and Nynorsk are "no" to the detector. */
    private static boolean sameLanguage(String given, String detected) {
        return folded(given).equals(folded(detected));
    }

    private static String folded(String code) {
        return code.equals("nb") || code.equals("nn") ? "no" : code;
    }

    /** The code ISO 639-1 assigns now for one it withdrew (and Java once used). */
    private static String current(String code) {
        switch (code) {
            case "iw": return "he";
            case "in": return "id";
            case "ji": return "yi";
            default: return code;
        }
    }
}
