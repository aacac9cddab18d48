package articleflow.summarize;

import java.util.Locale;

/**
 * Tells sentences that can stand in a summary from those that cannot: fragments, headings, list
 * bullets, photo credits and lone short quotes. The summarizer falls back to them only when nothing else is left.
 */
final class SentenceFilter {

    static final int MIN_WORDS = 5;
    /** A line this short without a sentence ending is a heading or a stray headline, not a sentence. */
    private static final int HEADING_MAX_WORDS = 20;
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
        if (sentence.words() <= HEADING_MAX_WORDS && !endsLikeASentence(text)) {
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

    private static boolean endsLikeASentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026' || SentenceSplitter.isCjkTerminator(c)) {
                return true;
            }
            // a sentence may end inside closing quotes or brackets: look past them
            if (!isQuoteMark(c) && c != ')' && c != ']' && c != '\u300D' && c != '\u300F' && c != '\u00BB'
                    && c != '\u00AB') {
                return false;
            }
        }
        return false;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
    }
}
