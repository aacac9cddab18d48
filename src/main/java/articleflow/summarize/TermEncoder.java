package articleflow.summarize;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns sentence text into compact term ids for one article: lowercased letter/digit runs,
 * stop words dropped, stems folded. One encoder per article; not thread-safe.
 */
final class TermEncoder {

    private final Map<String, Integer> ids = new HashMap<>(256);
    private final StringBuilder token = new StringBuilder(24);
    private int[] buffer = new int[64];

    int vocabularySize() {
        return ids.size();
    }

    int[] encode(String text) {
        int count = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                token.append(Character.toLowerCase(c));
                continue;
            }
            if (token.length() > 1) {
                int id = idOf(token.toString());
                if (id >= 0) {
                    if (count == buffer.length) {
                        buffer = java.util.Arrays.copyOf(buffer, count * 2);
                    }
                    buffer[count++] = id;
                }
            }
            token.setLength(0);
        }
        return java.util.Arrays.copyOf(buffer, count);
    }

    private int idOf(String word) {
        if (StopWords.contains(word)) {
            return -1;
        }
        String stem = SuffixStemmer.stem(word);
        Integer id = ids.get(stem);
        if (id == null) {
            id = ids.size();
            ids.put(stem, id);
        }
        return id;
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
