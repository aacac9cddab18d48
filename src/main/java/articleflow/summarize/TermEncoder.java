package articleflow.summarize;

import java.util.Arrays;

/**
 * Turns sentence text into compact term ids for one article: lowercased letter/digit runs,
 * stop words dropped, stems folded. Allocates no strings. One encoder per article; not thread-safe.
 */
final class TermEncoder {

    private static final int MAX_TOKEN = 40;

    private final TermTable terms = new TermTable(256);
    private final char[] token = new char[MAX_TOKEN + 1];
    private int[] buffer = new int[64];
    private char[] chars = new char[256];

    int vocabularySize() {
        return terms.size();
    }

    int[] encode(String text) {
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
                    token[length] = c < 128 ? (char) (c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)) : Character.toLowerCase(c);
                }
                length++;
                continue;
            }
            // tokens longer than MAX_TOKEN are urls or ids, never summary vocabulary
            if (length > 1 && length <= MAX_TOKEN && !StopWords.contains(token, length)) {
                int stemmed = SuffixStemmer.stem(token, length);
                if (count == buffer.length) {
                    buffer = Arrays.copyOf(buffer, count * 2);
                }
                buffer[count++] = terms.intern(token, stemmed);
            }
            length = 0;
        }
        return Arrays.copyOf(buffer, count);
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
