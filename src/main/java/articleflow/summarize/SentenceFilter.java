package articleflow.summarize;

import java.util.Locale;

/**
 * Tells sentences that can stand in a summary from those that cannot: fragments, list bullets,
 * photo credits and lone short quotes. The summarizer falls back to them only when nothing else is left.
 */
final class SentenceFilter {

    static final int MIN_WORDS = 5;
    private static final int LONE_QUOTE_MAX_WORDS = 10;
    private static final String[] CREDIT_MARKS = {
        "photo:", "photograph:", "picture:", "image:", "photo credit", "getty images", "ap photo",
        "credit:", "(photo", "pictured:", "file photo"
    };

    private SentenceFilter() {
    }

    static boolean isSummaryMaterial(Sentence sentence) {
        String text = sentence.text();
        if (sentence.words() < MIN_WORDS) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '-' || first == '*' || first == '\u2022' || first == '\u00B7' || first == '\u2013'
                || first == '\u2014' || first == '>') {
            return false;
        }
        if (isQuoteMark(first) && isQuoteMark(text.charAt(text.length() - 1))
                && sentence.words() <= LONE_QUOTE_MAX_WORDS) {
            return false;
        }
        // every credit mark holds a colon, "hoto" or "etty": skip the lowercase copy for plain sentences
        if (text.indexOf(':') < 0 && text.indexOf("hoto") < 0 && text.indexOf("etty") < 0
                && text.indexOf("HOTO") < 0 && text.indexOf("ETTY") < 0) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String mark : CREDIT_MARKS) {
            if (lower.contains(mark)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
    }
}
