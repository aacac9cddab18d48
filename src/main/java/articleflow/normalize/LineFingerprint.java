package articleflow.normalize;

import java.util.Locale;

/**
 * A 64-bit fingerprint of a paragraph that ignores case, digits' values and punctuation, so that
 * "Follow us on X!" and "follow us on x" are the same line while real sentences stay apart.
 */
public final class LineFingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private LineFingerprint() {
    }

    public static long of(String paragraph) {
        long hash = FNV_OFFSET;
        boolean pendingSpace = false;
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace) {
                    hash = (hash ^ ' ') * FNV_PRIME;
                    pendingSpace = false;
                }
                hash = (hash ^ c) * FNV_PRIME;
            } else {
                pendingSpace = hash != FNV_OFFSET;
            }
        }
        return hash;
    }
}
