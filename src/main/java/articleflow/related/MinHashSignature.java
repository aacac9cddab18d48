package articleflow.related;

import articleflow.analysis.StableHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A 64-value MinHash signature of a text's word 3-shingles, each value kept to 16 bits (b-bit MinHash, 128
 * bytes): the share of equal values estimates the resemblance (Jaccard) of two texts' shingle sets. Near
 * duplicates (a light edit, other furniture, a cut ending) keep most shingles; two outlets' stories of the same
 * event share almost none, so this finds copies, not coverage.
 *
 * <p>Everything is seeded by constants and {@link StableHash}, so signatures and band keys are the same on
 * every JVM and version; a test pins known values. Texts with fewer than {@link #MIN_SHINGLES} shingles get the
 * {@link #NONE} signature, which resembles nothing: short texts are too alike to call copies.
 */
public record MinHashSignature(short[] values) {

    public static final int SIZE = 64;
    public static final int SHINGLE = 3;
    public static final int MIN_SHINGLES = 8;
    /** Only the start of a longer text is shingled. */
    public static final int MAX_TOKENS = 20_000;
    public static final MinHashSignature NONE = new MinHashSignature(new short[0]);

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** The chance that two different minima agree in the 16 bits a signature keeps of each. */
    private static final double CHANCE = 1.0 / 65536;
    private static final long[] MULTIPLIERS = new long[SIZE];
    private static final long[] ADDENDS = new long[SIZE];

    static {
        long state = 0x9e3779b97f4a7c15L;
        for (int i = 0; i < SIZE; i++) {
            state += 0x9e3779b97f4a7c15L;
            MULTIPLIERS[i] = StableHash.mix(state) | 1L;
            state += 0x9e3779b97f4a7c15L;
            ADDENDS[i] = StableHash.mix(state);
        }
    }

    public MinHashSignature {
        if (values.length != 0 && values.length != SIZE) {
            throw new IllegalArgumentException("a signature has " + SIZE + " values or none");
        }
    }

    public boolean isNone() {
        return values.length == 0;
    }

    /** The signature of a text's lowercase word 3-shingles (letters and digits; each CJK ideograph is a word). */
    public static MinHashSignature of(String text) {
        long[] tokens = tokenHashes(text == null ? "" : text);
        int shingles = tokens.length - SHINGLE + 1;
        if (shingles < MIN_SHINGLES) {
            return NONE;
        }
        long[] min = new long[SIZE];
        Arrays.fill(min, -1L);
        for (int s = 0; s < shingles; s++) {
            long h = StableHash.mix(tokens[s] * 31 * 31 + tokens[s + 1] * 31 + tokens[s + 2]);
            for (int i = 0; i < SIZE; i++) {
                long v = MULTIPLIERS[i] * h + ADDENDS[i];
                if (Long.compareUnsigned(v, min[i]) < 0) {
                    min[i] = v;
                }
            }
        }
        short[] values = new short[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[i] = (short) StableHash.mix(min[i]);
        }
        return new MinHashSignature(values);
    }

    /** Longer words are cut here (in UTF-16 units; a supplementary character that starts below it is kept whole). */
    private static final int MAX_TOKEN_CHARS = 64;

    /**
     * Each word's {@link StableHash#of} (lowercase letters and digits; each CJK ideograph a word of its own), in
     * order, the hash run over the word's characters as they are read rather than over a copy of the word.
     */
    static long[] tokenHashes(String text) {
        long[] out = new long[64];
        int n = 0;
        long hash = StableHash.FNV_OFFSET;
        int tokenChars = 0;
        int length = text.length();
        for (int i = 0; i <= length && n < MAX_TOKENS; ) {
            int c = i < length ? text.charAt(i) : ' ';
            // ASCII, most of most text, is read without the Unicode tables: the same answers
            boolean ideograph = false;
            if (c >= 128) {
                c = text.codePointAt(i);
                ideograph = Character.isIdeographic(c);
            }
            i += Character.charCount(c);
            int lower = wordChar(c, ideograph);
            if (lower >= 0) {
                if (tokenChars < MAX_TOKEN_CHARS) {
                    if (Character.isSupplementaryCodePoint(lower)) {
                        hash = StableHash.fnvStep(StableHash.fnvStep(hash, Character.highSurrogate(lower)),
                                Character.lowSurrogate(lower));
                        tokenChars += 2;
                    } else {
                        hash = StableHash.fnvStep(hash, lower);
                        tokenChars++;
                    }
                }
                continue;
            }
            // anything else ends the word; an ideograph is a word of its own
            if (tokenChars > 0) {
                out = append(out, n++, StableHash.mix(hash));
                hash = StableHash.FNV_OFFSET;
                tokenChars = 0;
            }
            if (ideograph && n < MAX_TOKENS) {
                out = append(out, n++, StableHash.of(new String(Character.toChars(c))));
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The code point lowercased when it belongs to a word (a letter or digit, not an ideograph), else -1. */
    private static int wordChar(int c, boolean ideograph) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : c >= 'A' && c <= 'Z' ? c + 32 : -1;
        }
        return Character.isLetterOrDigit(c) && !ideograph ? Character.toLowerCase(c) : -1;
    }

    private static long[] append(long[] out, int at, long value) {
        long[] into = at == out.length ? Arrays.copyOf(out, at * 2) : out;
        into[at] = value;
        return into;
    }

    /**
     * The estimated resemblance: the share of equal values, less the 1 in 65,536 chance that two different minima
     * agree in their 16 kept bits. Zero when either text was too short to sign.
     */
    public double resemblance(MinHashSignature other) {
        if (isNone() || other.isNone()) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return resemblanceOf(equal);
    }

    private static double resemblanceOf(int equalValues) {
        return Math.max(0, ((double) equalValues / SIZE - CHANCE) / (1 - CHANCE));
    }

    /**
     * Whether {@link #resemblance} is at least {@code threshold}, telling most pairs apart without comparing all
     * their values: once too few values are left to reach the share the threshold needs, the answer is no.
     */
    public boolean resemblesAtLeast(MinHashSignature other, double threshold) {
        if (isNone() || other.isNone()) {
            return 0 >= threshold;
        }
        int needed = equalValuesFor(threshold);
        int equal = 0;
        for (int i = 0; i < SIZE && equal + SIZE - i >= needed; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return equal >= needed;
    }

    /**
     * The fewest equal values whose {@link #resemblanceOf} reaches {@code threshold} (SIZE + 1 when none does): the
     * formula solved for them, then moved to the exact integer, which takes a step or two rather than a scan.
     */
    private static int equalValuesFor(double threshold) {
        double share = threshold * (1 - CHANCE) + CHANCE;
        int equal = (int) Math.max(0, Math.min(SIZE + 1, Math.ceil(share * SIZE)));
        while (equal > 0 && resemblanceOf(equal - 1) >= threshold) {
            equal--;
        }
        while (equal <= SIZE && resemblanceOf(equal) < threshold) {
            equal++;
        }
        return equal;
    }

    /**
     * The LSH band keys: the signature cut into {@code bands} bands, each a key of the language, the band's index
     * and its values. Two texts that share any band key meet in that bucket; with 16 bands of 4 rows a pair of
     * resemblance 0.7 shares one with probability 0.99, a pair of 0.3 with 0.12.
     */
    public List<String> bandKeys(String language, int bands) {
        if (isNone()) {
            return List.of();
        }
        int rows = SIZE / bands;
        List<String> keys = new ArrayList<>(bands);
        StringBuilder key = new StringBuilder();
        for (int b = 0; b < bands; b++) {
            key.setLength(0);
            key.append("d|").append(language).append('|').append(b).append('|');
            for (int r = 0; r < rows; r++) {
                int v = values[b * rows + r] & 0xffff;
                for (int shift = 12; shift >= 0; shift -= 4) {
                    key.append(HEX[(v >>> shift) & 0xf]);
                }
            }
            keys.add(key.toString());
        }
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return isNone() ? "MinHashSignature[none]" : "MinHashSignature[" + (values[0] & 0xffff) + ", ...]";
    }
}
