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

    LineKey(String text) {
        this.text = text;
        int count = text.isEmpty() ? 0 : 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        words = count;
        starts = new int[count];
        wordHashes = new int[count];
        prefixHashes = new int[count];
        int word = 0;
        int wordHash = 0;
        int prefixHash = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                wordHashes[word] = wordHash;
                prefixHashes[word] = prefixHash;
                word++;
                starts[word] = i + 1;
                wordHash = 0;
            } else {
                wordHash = 31 * wordHash + c;
            }
            prefixHash = 31 * prefixHash + c;
        }
        if (count > 0) {
            wordHashes[word] = wordHash;
            prefixHashes[word] = prefixHash;
        }
    }

    /** The key of a line: lowercase letters and digits, words separated by one space ("Read more »" → "read more"). */
    static LineKey of(String line) {
        return new LineKey(KnownFurniture.key(line));
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
