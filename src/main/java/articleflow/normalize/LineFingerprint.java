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
        // most lines are ASCII: lower-cased a character at a time below, without a copy; other text as a whole, as
        // toLowerCase(ROOT) may change its length (after which no A-Z is left for the loop to lower)
        String text = isAscii(paragraph) ? paragraph : paragraph.toLowerCase(Locale.ROOT);
        long hash = FNV_OFFSET;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (isLetterOrDigit(c)) {
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

    /** {@link Character#isLetterOrDigit}, which in ASCII is a-z, A-Z and 0-9, without its table lookup there. */
    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
