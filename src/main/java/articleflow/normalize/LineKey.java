package articleflow.normalize;

/**
 * A short line as {@link KnownFurniture} compares it — lowercase letters and digits, one space between words — with
 * where each word starts and the hashes of each word and of each run of leading words, worked out in one pass so that
 * every word list can be consulted with a few probes and no new strings.
 */
final class LineKey {

    private final String text;
    private final int words;
    private final int[] starts;
    /** {@code String.hashCode()} of word i. */
    private final int[] wordHashes;
    /** {@code String.hashCode()} of the first i + 1 words with their spaces. */
    private final int[] prefixHashes;

    private LineKey(String text, int words, int[] starts, int[] wordHashes, int[] prefixHashes) {
        this.text = text;
        this.words = words;
        this.starts = starts;
        this.wordHashes = wordHashes;
        this.prefixHashes = prefixHashes;
    }

    /**
     * The key of a line: lowercase letters and digits, words separated by one space ("Read more »" → "read more"),
     * as {@link KnownFurniture#key} gives it, with its words' starts and hashes from the same pass over the line.
     */
    static LineKey of(String line) {
        int n = line.length();
        // sized for the worst case: a key is never longer than its line, and has at most one word per two chars
        char[] key = new char[n];
        int capacity = n / 2 + 1;
        int[] starts = new int[capacity];
        int[] wordHashes = new int[capacity];
        int[] prefixHashes = new int[capacity];
        int length = 0;
        int words = 0;
        int wordHash = 0;
        int prefixHash = 0;
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char lower = KnownFurniture.keyChar(line.charAt(i));
            if (lower == 0) {
                gap = true;
                continue;
            }
            if (words == 0) {
                words = 1;
            } else if (gap) {
                wordHashes[words - 1] = wordHash;
                prefixHashes[words - 1] = prefixHash;
                key[length++] = ' ';
                prefixHash = 31 * prefixHash + ' ';
                starts[words++] = length;
                wordHash = 0;
            }
            gap = false;
            key[length++] = lower;
            wordHash = 31 * wordHash + lower;
            prefixHash = 31 * prefixHash + lower;
        }
        if (words > 0) {
            wordHashes[words - 1] = wordHash;
            prefixHashes[words - 1] = prefixHash;
        }
        return new LineKey(new String(key, 0, length), words, starts, wordHashes, prefixHashes);
    }

    String text() {
        return text;
    }

    int words() {
        return words;
    }

    int start(int word) {
        return starts[word];
    }

    /** Where word {@code word} ends (exclusive). */
    int end(int word) {
        return word + 1 < words ? starts[word + 1] - 1 : text.length();
    }

    int wordHash(int word) {
        return wordHashes[word];
    }

    /** The hash of the first {@code word + 1} words, as {@code String.hashCode()} would give it. */
    int prefixHash(int word) {
        return prefixHashes[word];
    }

    String word(int word) {
        return text.substring(starts[word], end(word));
    }
}
