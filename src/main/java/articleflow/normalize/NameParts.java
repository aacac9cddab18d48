package articleflow.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a class-and-id string contains any of a fixed list of word parts ("comment", "-ad-", "sidebar"), as a regex
 * alternation of literals would find it, in one pass over the string. Regex alternation tries every part at every
 * position; utility-class pages name elements with hundreds of characters of classes, which made that pass the
 * largest cost of pruning. Here only the parts that start with the character at hand are tried.
 */
final class NameParts {

    /** Per ASCII character, the parts that start with it; the lists are plain ASCII. */
    private final String[][] byFirstChar = new String[128][];

    /** {@code parts}: literal, non-empty, ASCII lowercase, as the class-and-id strings are lowercased. */
    NameParts(String... parts) {
        List<List<String>> buckets = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            buckets.add(new ArrayList<>());
        }
        for (String part : parts) {
            if (part.isEmpty() || part.charAt(0) >= 128) {
                throw new IllegalArgumentException("part must be non-empty ASCII: " + part);
            }
            buckets.get(part.charAt(0)).add(part);
        }
        for (int c = 0; c < 128; c++) {
            byFirstChar[c] = buckets.get(c).isEmpty() ? null : buckets.get(c).toArray(new String[0]);
        }
    }

    /** Whether any part occurs in {@code text}. */
    boolean occurIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String[] candidates = c < 128 ? byFirstChar[c] : null;
            if (candidates != null) {
                for (String part : candidates) {
                    if (text.startsWith(part, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code word} occurs as a whole space-separated token: after the start or a space, before the end, a space
     * or a line break that ends the text (what the regex {@code ^w$| w$| w |^w } finds).
     */
    static boolean hasToken(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int after = at + word.length();
            if ((at == 0 || text.charAt(at - 1) == ' ')
                    && (after == text.length() || text.charAt(after) == ' ' || isFinalLineBreak(text, after))) {
                return true;
            }
        }
        return false;
    }

    /** A regex {@code $} also matches before a line terminator that ends the input. */
    private static boolean isFinalLineBreak(String text, int at) {
        String rest = text.substring(at);
        return rest.equals("\n") || rest.equals("\r\n") || rest.equals("\r") || rest.equals("\u0085")
                || rest.equals("\u2028") || rest.equals("\u2029");
    }
}
