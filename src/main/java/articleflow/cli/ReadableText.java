package articleflow.cli;

/**
 * Text from a record as {@code tail} shows it to a person: control and formatting characters escaped as
 * {@link articleflow.events.LogSafe} escapes them in the logs (a newline cannot split a record over two lines, an
 * escape sequence cannot reach the terminal), but neither quoted nor cut, so a title or summary reads as itself.
 */
final class ReadableText {

    private ReadableText() {
    }

    /** {@code text} with backslashes doubled and every control or invisible formatting character as {@code \}{@code uXXXX}. */
    static String escaped(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (needsEscape(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The characters LogSafe escapes: C0 and C1 controls, DEL, bidi overrides, zero-width and line separators. */
    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
