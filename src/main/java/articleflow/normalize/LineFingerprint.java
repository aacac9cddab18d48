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
        if (isAscii(paragraph)) {
            return ofAscii(paragraph);
        }
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

    /**
     * The same fingerprint for ASCII text, without lower-casing a copy: in ASCII, {@code toLowerCase(ROOT)} maps only
     * A-Z, one character to one, and the letters and digits are exactly a-z, A-Z and 0-9.
     */
    private static long ofAscii(String paragraph) {
        long hash = FNV_OFFSET;
        boolean pendingSpace = false;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
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

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
