package articleflow.events;

/**
 * Values from input as they may appear in a log line: quoted, control and formatting characters escaped (a
 * newline in an id cannot forge a second line, an escape sequence cannot reach a terminal), and cut to a bounded
 * length (a 200 KB field cannot become a 200 KB line).
 */
public final class LogSafe {

    /** Characters of a value shown before it is cut. */
    public static final int MAX_CHARS = 200;

    private LogSafe() {
    }

    /** The value in double quotes, escaped and cut; {@code null} for null. */
    public static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int shown = Math.min(text.length(), MAX_CHARS);
        if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
            shown--;
        }
        StringBuilder out = new StringBuilder(shown + 16).append('"');
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (needsEscape(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (shown < text.length()) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    /** C0 and C1 controls, DEL, and invisible formatting (bidi overrides, zero-width, line separators). */
    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
