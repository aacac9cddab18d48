package articleflow.analysis;

/**
 * 64-bit hashes that are the same on every JVM, version and machine: FNV-1a over the UTF-16 code units of a
 * string, finished with MurmurHash3's 64-bit mixer. Term ids, bucket routing and MinHash all depend on these
 * values surviving a restart and an upgrade, so {@link String#hashCode()} (32 bits, and no promise of
 * stability for identity hashes) is never used for them. A test pins known values.
 */
public final class StableHash {

    /** Where {@link #of(CharSequence)}'s FNV-1a starts, for hashing a word as it is read ({@link #fnvStep}). */
    public static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private StableHash() {
    }

    public static long of(CharSequence text) {
        return mix(fnv(FNV_OFFSET, text));
    }

    /** The hash of {@code first}, a separator no text contains, then {@code second}: no "ab"+"c" / "a"+"bc" clash. */
    public static long of(CharSequence first, CharSequence second) {
        long h = fnv(FNV_OFFSET, first);
        h = (h ^ 0xffff) * FNV_PRIME;
        return mix(fnv(h, second));
    }

    private static long fnv(long h, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /**
     * One UTF-16 unit more of an FNV-1a hash begun at {@link #FNV_OFFSET}: {@code mix} of the hash after every unit
     * of a text is {@link #of(CharSequence)} of that text.
     */
    public static long fnvStep(long hash, int unit) {
        return (hash ^ unit) * FNV_PRIME;
    }

    /** MurmurHash3's fmix64: every input bit affects every output bit. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** A non-negative bucket in {@code [0, n)}, for routing a key to one of {@code n} partitions. */
    public static int partition(CharSequence key, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("partitions must be positive: " + n);
        }
        return (int) Long.remainderUnsigned(of(key), n);
    }
}
