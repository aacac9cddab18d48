package articleflow.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits one paragraph into sentences, each an exact (trimmed) substring of the paragraph.
 *
 * <p>A single linear scan, no regular expressions: a sentence ends at {@code . ! ?} or an ellipsis,
 * plus any closing quotes or brackets, followed by whitespace. Abbreviations, initials, ordinals ("3. Mai") and
 * decimals do not end sentences; which words are abbreviations depends on the language (see
 * {@link Abbreviations}). Chinese and Japanese full stops, exclamation and question marks ({@code 。！？}) end a
 * sentence with or without whitespace after them, in every language. Immutable and thread-safe.
 */
public final class SentenceSplitter {

    private final Abbreviations abbreviations;

    /** English rules. */
    public SentenceSplitter() {
        this.abbreviations = Abbreviations.english();
    }

    /** The rules of {@code language} (a canonical ISO 639-1 code; another or "und": every language's lists). */
    public SentenceSplitter(String language) {
        this.abbreviations = Abbreviations.of(language);
    }

    public List<String> split(String paragraph) {
        Objects.requireNonNull(paragraph, "paragraph");
        List<String> sentences = new ArrayList<>();
        int n = paragraph.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (!isTerminator(paragraph.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < n && isTerminator(paragraph.charAt(i))) {
                i++;
            }
            int runEnd = i;
            while (i < n && isCloser(paragraph.charAt(i))) {
                i++;
            }
            int end = i;
            if (isCjkTerminator(paragraph.charAt(runEnd - 1))) {
                // no space follows a CJK sentence end; a quotative particle after the quote goes on with it
                if (end < n && !(end > runEnd && isQuotative(paragraph.charAt(end)))) {
                    add(sentences, paragraph, start, end);
                    start = end;
                }
                continue;
            }
            if (end >= n || !Character.isWhitespace(paragraph.charAt(end))) {
                continue; // 3.5%, u.s.-led, or the paragraph's last sentence
            }
            int next = end;
            while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            if (next < n && endsSentence(paragraph, runStart, runEnd, end, next)) {
                add(sentences, paragraph, start, end);
                start = end;
            }
        }
        add(sentences, paragraph, start, n);
        return sentences;
    }

    private boolean endsSentence(String text, int runStart, int runEnd, int end, int next) {
        char nextChar = text.charAt(next);
        boolean closed = end > runEnd;
        boolean ellipsis = text.charAt(runStart) == '\u2026' || runEnd - runStart > 1 && onlyDots(text, runStart, runEnd);
        if (ellipsis) {
            // a trailing-off ellipsis continues the sentence unless a capital starts a new one
            return startsCapitalised(text, next);
        }
        boolean question = text.charAt(runEnd - 1) != '.';
        if (question) {
            // "Who is it?" he asked: the quote closes, the sentence goes on
            return !(closed && Character.isLowerCase(nextChar));
        }
        if (closed) {
            return true;
        }
        String word = wordBefore(text, runStart);
        return abbreviations.endsSentence(word, previousAbbreviation(text, runStart - word.length()),
                wordAt(text, next), nextChar);
    }

    /** The word before {@code wordStart} when it ends in a full stop ("z" of "z. B."), lowercased; else empty. */
    private static String previousAbbreviation(String text, int wordStart) {
        int i = wordStart;
        if (i <= 0 || !Character.isWhitespace(text.charAt(i - 1))) {
            return "";
        }
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != '.') {
            return "";
        }
        int stop = i - 1;
        int from = stop;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        if (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && !isOpener(text.charAt(from - 1))) {
            return "";
        }
        return text.substring(from, stop).toLowerCase(Locale.ROOT);
    }

    private static boolean startsCapitalised(String text, int at) {
        int i = at;
        while (i < text.length() && isOpener(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static boolean onlyDots(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** The word before a full stop at {@code stop}, lowercased, without leading quotes or brackets. */
    private static String wordBefore(String text, int stop) {
        int from = stop;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (from < stop && isOpener(text.charAt(from))) {
            from++;
        }
        return text.substring(from, stop).toLowerCase(Locale.ROOT);
    }

    private static String wordAt(String text, int at) {
        int i = at;
        while (i < text.length() && isOpener(text.charAt(i))) {
            i++;
        }
        int from = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(from, i).toLowerCase(Locale.ROOT);
    }

    private static void add(List<String> sentences, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            sentences.add(text.substring(from, to));
        }
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || isCjkTerminator(c) || isArabicTerminator(c);
    }

    /** The Arabic question mark ؟ and the Urdu full stop ۔ (Arabic's full stop is the Latin one). */
    private static boolean isArabicTerminator(char c) {
        return c == '\u061F' || c == '\u06D4';
    }

    /** 。！？ and the half-width ideographic full stop. */
    static boolean isCjkTerminator(char c) {
        return c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF61';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
                || c == '\u300D' || c == '\u300F' || c == '\uFF09' || c == '\u3011'
                // French and German closing quotes: » and «, “ and ‘ after „ and ‚
                || c == '\u00BB' || c == '\u00AB' || c == '\u201C' || c == '\u2018';
    }

    /** Japanese "to" and "tte" after a closing quote: 「…。」と言った goes on as one sentence. */
    private static boolean isQuotative(char c) {
        return c == '\u3068' || c == '\u3063';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '['
                || c == '\u201E' || c == '\u201A' || c == '\u00AB' || c == '\u00BB' || c == '\u00BF' || c == '\u00A1'
                || c == '\u300C' || c == '\u300E';
    }
}
