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

    /**
     * A copy of {@code exception} to log with its stack trace: each message in the cause chain quoted, escaped and
     * cut, as an input value would be (an exception's message often quotes the record it failed on); the stack
     * frames, which name only code, stay as they are.
     */
    public static Throwable exception(Throwable exception) {
        return exception == null ? null : copy(exception, 0);
    }

    private static Throwable copy(Throwable original, int depth) {
        Throwable cause = original.getCause();
        Throwable safe = new LoggedException(original.getClass().getName() + ": " + quote(original.getMessage()),
                cause == null || cause == original || depth >= 10 ? null : copy(cause, depth + 1));
        safe.setStackTrace(original.getStackTrace());
        return safe;
    }

    /** Stands in for an exception in a log line; its message already says which class it was. */
    private static final class LoggedException extends RuntimeException {
        LoggedException(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** C0 and C1 controls, DEL, and invisible formatting (bidi overrides, zero-width, line separators). */
    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
