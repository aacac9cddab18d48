package articleflow.normalize;

import java.text.Normalizer.Form;

/**
 * Cleans one line or paragraph of text: Unicode NFC, no markup tags (a plain-text body, or an HTML entity that
 * decoded to one, can still hold them), no control or zero-width characters, no unpaired surrogate (an
 * invalid character becomes U+FFFD), every run of whitespace one space, no leading or trailing space.
 * One linear pass whatever the input.
 */
final class TextCleaner {

    /** The longest stretch read as one tag: a longer "tag" is not markup but text with a {@code <} in it. */
    static final int MAX_TAG_CHARS = 1000;

    /** Returns the clean text, possibly empty. */
    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int cleanStart = cleanPrefix(text);
        if (cleanStart == text.length()) {
            // most lines of most pages: printable ASCII, one space between words, none at the ends
            return text;
        }
        // one char array sized for the worst case: cleaning only ever shortens text
        char[] out = new char[text.length()];
        // the clean prefix as it is, less a space at its end, which the rest decides on
        boolean pendingSpace = cleanStart > 0 && text.charAt(cleanStart - 1) == ' ';
        int length = pendingSpace ? cleanStart - 1 : cleanStart;
        text.getChars(0, length, out, 0);
        // below U+0300 every character is a starter that NFC leaves alone: text of only those needs no NFC check
        boolean mayNeedNfc = false;
        for (int i = cleanStart; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F && c != '<') {
                // printable ASCII, most of most text: kept as it is
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
                continue;
            }
            if (c == '<') {
                int end = tagEnd(text, i);
                if (end > 0) {
                    // a tag separates words the way a space does
                    pendingSpace = length > 0;
                    i = end;
                    continue;
                }
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                mayNeedNfc = true;
                if (paired) {
                    out[length++] = c;
                    out[length++] = text.charAt(++i);
                } else {
                    out[length++] = '\uFFFD';
                }
            } else if (isSpace(c)) {
                pendingSpace = length > 0;
            } else if (!isInvisible(c)) {
                // (an invisible character is dropped: it joins its neighbours rather than separating them)
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
                mayNeedNfc |= c >= '\u0300';
            }
        }
        String clean = new String(out, 0, length);
        // NFC last, since dropping an invisible character between a letter and its accent undoes it; most text is
        // already NFC, and the check is far cheaper than normalizing
        if (!mayNeedNfc) {
            return clean;
        }
        return java.text.Normalizer.isNormalized(clean, Form.NFC) ? clean : java.text.Normalizer.normalize(clean, Form.NFC);
    }

    /**
     * How long the start of {@code text} is that {@link #clean} leaves as it is: printable ASCII other than
     * {@code <}, words separated by one space, no space first. It may end in one space, which the rest decides on;
     * the whole length when all of it is clean (no space at the end either).
     */
    static int cleanPrefix(String text) {
        int n = text.length();
        boolean space = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F && c != '<') {
                space = false;
            } else if (c == ' ' && !space) {
                space = true;
            } else {
                return i;
            }
        }
        return space ? n - 1 : n;
    }

    /**
     * Where the tag that starts at {@code start} ends (the index of its {@code >}), or -1 when the {@code <} does not
     * start one: a tag opens with a letter, {@code /}, {@code !} or {@code ?} and closes before the next {@code <}.
     */
    static int tagEnd(String text, int start) {
        if (start + 1 >= text.length()) {
            return -1;
        }
        char first = text.charAt(start + 1);
        if (!(Character.isLetter(first) && first < 0x80 || first == '/' || first == '!' || first == '?')) {
            return -1;
        }
        int limit = Math.min(text.length(), start + MAX_TAG_CHARS);
        for (int i = start + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * How many characters {@code text} has with every run of whitespace counted once, as {@link #clean} would leave
     * them; a run at its start counts only when the text read before it ({@code afterSpace}: none, or ending in
     * whitespace) does not already end in one.
     */
    static int collapsedLength(String text, boolean afterSpace) {
        int count = 0;
        boolean space = afterSpace;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                count++;
                space = false;
                continue;
            }
            boolean isSpace = isSpace(c);
            if (!isSpace || !space) {
                count++;
            }
            space = isSpace;
        }
        return count;
    }

    /** Whether the text read up to the end of {@code text} ends in whitespace, for {@link #collapsedLength}. */
    static boolean endsInSpace(String text, boolean afterSpace) {
        return text.isEmpty() ? afterSpace : isSpace(text.charAt(text.length() - 1));
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
            // the last two: noncharacters, which no text may carry ("&#xFFFF;" in a page decodes to one)
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\uFFFE', '\uFFFF' -> true;
            default -> Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || (c >= '\uFDD0' && c <= '\uFDEF');
        };
    }
}
