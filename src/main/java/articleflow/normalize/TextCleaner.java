package articleflow.normalize;

import java.text.Normalizer.Form;

/**
 * Cleans one line or paragraph of text: Unicode NFC, no control or zero-width characters,
 * every run of whitespace one space, no leading or trailing space.
 */
final class TextCleaner {

    /** Returns the clean text, possibly empty. */
    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // one char array sized for the worst case: cleaning only ever shortens text
        char[] out = new char[text.length()];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = length > 0;
            } else if (!isInvisible(c)) {
                // (an invisible character is dropped: it joins its neighbours rather than separating them)
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
            }
        }
        String clean = new String(out, 0, length);
        // NFC last, since dropping an invisible character between a letter and its accent undoes it; most text is
        // already NFC, and the check is far cheaper than normalizing
        return java.text.Normalizer.isNormalized(clean, Form.NFC) ? clean : java.text.Normalizer.normalize(clean, Form.NFC);
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f' || c == 0x0B
                || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isInvisible(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F' -> true;
            default -> Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        };
    }
}
