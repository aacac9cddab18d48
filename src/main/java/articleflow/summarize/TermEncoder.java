package articleflow.summarize;

import articleflow.analysis.TextAnalyzer;
import java.util.Arrays;

/**
 * Turns sentence text into compact term ids for one article: lowercased letter/digit runs,
 * stop words dropped, stems folded. English has its own fast rules ({@link StopWords}, {@link SuffixStemmer}),
 * which allocate no strings and which the summaries were tuned with; every other language gets Lucene's stop
 * words and stemmer for it through the shared text analysis, and a language without them (or "und") Unicode
 * words as written. One encoder per article; not thread-safe.
 */
final class TermEncoder {

    private static final int MAX_TOKEN = 40;

    /** The language's analysis, or null for the English rules. */
    private final TextAnalyzer analyzer;
    private final String language;

    private final TermTable terms = new TermTable(256);
    private final char[] token = new char[MAX_TOKEN + 1];
    /** {@code prefixHash[i]}: the {@link TermTable#rawHash} of the token's first i characters, rolled while reading it. */
    private final int[] prefixHash = new int[MAX_TOKEN + 1];
    private int[] buffer = new int[64];
    private char[] chars = new char[256];

    /** English rules. */
    TermEncoder() {
        this(null, "en");
    }

    TermEncoder(TextAnalyzer analyzer, String language) {
        boolean english = "en".equals(language);
        this.analyzer = english ? null : analyzer;
        this.language = language;
    }

    int vocabularySize() {
        return terms.size();
    }

    int[] encode(String text) {
        if (analyzer != null) {
            return encodeStems(text);
        }
        int count = 0;
        int length = 0;
        int n = text.length();
        if (chars.length <= n) {
            chars = new char[n * 2 + 1];
        }
        text.getChars(0, n, chars, 0);
        chars[n] = ' ';
        for (int i = 0; i <= n; i++) {
            char c = chars[i];
            if (c < 128 ? (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')
                    : Character.isLetterOrDigit(c)) {
                if (length < MAX_TOKEN) {
                    char lower = c < 128 ? (char) (c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)) : Character.toLowerCase(c);
                    token[length] = lower;
                    prefixHash[length + 1] = 31 * prefixHash[length] + lower;
                }
                length++;
                continue;
            }
            // tokens longer than MAX_TOKEN are urls or ids, never summary vocabulary
            if (length > 1 && length <= MAX_TOKEN && !StopWords.contains(token, length, prefixHash[length])) {
                int stemmed = SuffixStemmer.stem(token, length);
                if (count == buffer.length) {
                    buffer = Arrays.copyOf(buffer, count * 2);
                }
                // the stemmer shortens the token and rewrites at most its new last character ("ies" to "y")
                int stemHash = 31 * prefixHash[stemmed - 1] + token[stemmed - 1];
                buffer[count++] = terms.intern(token, stemmed, stemHash);
            }
            length = 0;
        }
        return Arrays.copyOf(buffer, count);
    }

    private int[] encodeStems(String text) {
        int count = 0;
        for (String stem : analyzer.stems(language, text)) {
            int length = stem.length();
            if (length > MAX_TOKEN || length < 2 && !isIdeograph(stem.charAt(0))) {
                continue;
            }
            stem.getChars(0, length, token, 0);
            if (count == buffer.length) {
                buffer = Arrays.copyOf(buffer, count * 2);
            }
            buffer[count++] = terms.intern(token, length);
        }
        return Arrays.copyOf(buffer, count);
    }

    /**
     * Words separated by whitespace; Chinese and Japanese write none, so there two characters of a run of Han or
     * kana count as one word, about the length of a word there.
     */
    static int countWords(String text) {
        int words = 0;
        int ideographs = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isIdeograph(c)) {
                ideographs++;
                inWord = false;
                continue;
            }
            words += (ideographs + 1) / 2;
            ideographs = 0;
            // CJK punctuation (。，「」) and full-width forms separate like spaces
            boolean space = isSeparator(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words + (ideographs + 1) / 2;
    }

    /**
     * Where the longest run of whole words of {@code text} ends that has at most {@code maxWords} words, counted as
     * {@link #countWords} counts them, and ends at or before {@code limit}; 0 when not even the first word does.
     */
    static int wordPrefixEnd(String text, int limit, int maxWords) {
        int n = text.length();
        int end = 0;
        int words = 0;
        int i = 0;
        while (words < maxWords) {
            while (i < limit && isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            if (i < n && isIdeograph(text.charAt(i))) {
                // two characters of Han or kana make a word
                while (i - start < 2 && i <= limit && i < n && isIdeograph(text.charAt(i))) {
                    i++;
                }
            } else {
                while (i <= limit && i < n && !isSeparator(text.charAt(i)) && !isIdeograph(text.charAt(i))) {
                    i++;
                }
            }
            if (i == start || i > limit) {
                break;
            }
            end = i;
            words++;
        }
        return end;
    }

    /** Whitespace, and CJK punctuation and full-width forms (but not the ideographs among them: 々, half-width kana). */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c)
                || (c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF') && !isIdeograph(c);
    }

    /** Han ideographs, hiragana and katakana: the scripts written without spaces between words. */
    static boolean isIdeograph(char c) {
        if (c < '\u3040') {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
