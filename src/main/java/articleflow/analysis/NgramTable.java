package articleflow.analysis;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.ngram.NgramFilter;
import com.optimaize.langdetect.profiles.LanguageProfile;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The profiles' per-language probabilities of every known 1-, 2- and 3-gram, keyed by the n-gram's characters
 * packed into a long. The detector looks up every n-gram of a sample in each of its readings; the library's table
 * wants a fresh {@code String} per lookup (a substring, its hash, an {@code equals}), which cost more than the
 * arithmetic. Same answers: each array is the one the library's table holds for that n-gram. Read-only once built.
 */
final class NgramTable {

    private final long[] keys;
    private final double[][] probabilities;
    private final int mask;

    private NgramTable(int capacity) {
        this.keys = new long[capacity];
        this.probabilities = new double[capacity][];
        this.mask = capacity - 1;
    }

    /** Every n-gram of the profiles that the filter lets through and the frequency data knows. */
    static NgramTable of(Collection<LanguageProfile> profiles, NgramFrequencyData data, NgramFilter usable) {
        Set<String> grams = new HashSet<>();
        for (LanguageProfile profile : profiles) {
            for (var gram : profile.iterateGrams()) {
                String text = gram.getKey();
                if (text.length() >= 1 && text.length() <= 3 && usable.use(text)) {
                    grams.add(text);
                }
            }
        }
        NgramTable table = new NgramTable(Integer.highestOneBit(Math.max(16, grams.size() * 2)) << 1);
        for (String gram : grams) {
            double[] inLanguage = data.getProbabilities(gram);
            if (inLanguage != null) {
                table.put(key(gram, 0, gram.length()), inLanguage);
            }
        }
        return table;
    }

    /** The probabilities of the n-gram {@code text[start, start + length)}, or null when no profile knows it. */
    double[] get(CharSequence text, int start, int length) {
        long key = key(text, start, length);
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            double[] found = probabilities[slot];
            if (found == null || keys[slot] == key) {
                return found;
            }
        }
    }

    private void put(long key, double[] value) {
        int slot = slot(key);
        while (probabilities[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        probabilities[slot] = value;
    }

    /** The length in the top bits, then up to three 16-bit characters: distinct n-grams get distinct keys. */
    static long key(CharSequence text, int start, int length) {
        long key = length;
        for (int i = 0; i < length; i++) {
            key = key << 16 | text.charAt(start + i);
        }
        return key;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ mixed >>> 32) & mask;
    }
}
