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
        // most text is already NFC; the check is far cheaper than normalizing
        String nfc = java.text.Normalizer.isNormalized(text, Form.NFC) ? text : java.text.Normalizer.normalize(text, Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (isInvisible(c)) {
                // dropped: a zero-width or control character joins its neighbours rather than separating them
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f' || c == 0x0B
                || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isInvisible(char c) {
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F' -> true;
            default -> Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        };
    }
}
