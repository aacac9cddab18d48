package articleflow.testing;

/** How the fuzz tests show a generated text in a report: as a Java string literal that can be pasted into a test. */
public final class JavaLiterals {

    private static final int MAX_SHOWN = 2_000;

    private JavaLiterals() {
    }

    /** Text as the body of a Java string literal, everything outside printable ASCII escaped, long texts cut. */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), MAX_SHOWN); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
            }
        }
        return text.length() > MAX_SHOWN ? out + "…(" + text.length() + " chars)" : out.toString();
    }
}
