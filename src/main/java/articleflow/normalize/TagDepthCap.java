package articleflow.normalize;

/**
 * Drops the tags of a page that would open deeper than {@link #MAX_DEPTH} elements, before it is parsed, keeping
 * all of its text. No browser nests that deep (Chromium stops at 512) and no article page comes near it, but a
 * hostile page of 100,000 nested elements costs the parser far more than its bytes: one linear pass over the
 * markup avoids that. Depth is counted naively (void elements aside, every start tag opens and every end tag
 * closes), so a page of many unclosed tags can also reach the cap; it then loses only structure beyond it.
 */
final class TagDepthCap {

    static final int MAX_DEPTH = 1024;

    private static final java.util.List<String> VOID_ELEMENTS = java.util.List.of("area", "base", "br", "col", "embed",
            "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr");

    private TagDepthCap() {
    }

    /** The page itself when it stays within the cap (the common case, no copy), else the page without the excess tags. */
    static String cap(String html) {
        if (!tooDeep(html)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int depth = 0;
        int dropped = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int end = c == '<' ? TextCleaner.tagEnd(html, i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            Tag tag = Tag.of(html, i, end);
            boolean keep = true;
            if (tag == Tag.OPEN) {
                if (depth >= MAX_DEPTH) {
                    dropped++;
                    keep = false;
                } else {
                    depth++;
                }
            } else if (tag == Tag.CLOSE) {
                if (dropped > 0) {
                    dropped--;
                    keep = false;
                } else if (depth > 0) {
                    depth--;
                }
            }
            if (keep) {
                out.append(html, i, end + 1);
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static boolean tooDeep(String html) {
        if (startTagsAtMost(html, MAX_DEPTH)) {
            return false;
        }
        int depth = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            int end = TextCleaner.tagEnd(html, i);
            if (end < 0) {
                continue;
            }
            Tag tag = Tag.of(html, i, end);
            if (tag == Tag.OPEN && ++depth > MAX_DEPTH) {
                return true;
            }
            if (tag == Tag.CLOSE && depth > 0) {
                depth--;
            }
            i = end;
        }
        return false;
    }

    /**
     * Whether the page has at most {@code max} places that could open a tag ({@code <} and a letter), so it cannot
     * nest deeper than that: most pages have fewer tags than the cap, and this scan is far cheaper than reading them.
     */
    private static boolean startTagsAtMost(String html, int max) {
        int count = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (i + 1 < html.length() && Character.isLetter(html.charAt(i + 1)) && ++count > max) {
                return false;
            }
        }
        return true;
    }

    private enum Tag {
        OPEN, CLOSE, OTHER;

        static Tag of(String html, int start, int end) {
            char first = html.charAt(start + 1);
            if (first == '/') {
                return CLOSE;
            }
            if (first == '!' || first == '?' || html.charAt(end - 1) == '/') {
                return OTHER;
            }
            int nameEnd = start + 1;
            while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            return isVoid(html, start + 1, nameEnd - start - 1) ? OTHER : OPEN;
        }

        /** Compares in place: this runs for every tag of every HTML page, so it allocates nothing. */
        private static boolean isVoid(String html, int from, int length) {
            for (String name : VOID_ELEMENTS) {
                if (name.length() == length && html.regionMatches(true, from, name, 0, length)) {
                    return true;
                }
            }
            return false;
        }
    }
}
