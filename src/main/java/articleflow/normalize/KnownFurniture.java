package articleflow.normalize;

import java.util.List;
import java.util.Set;

/**
 * The page furniture news sites wrap around an article — "Share", "Subscribe", "Read more",
 * "Previous Article" — in the languages listed under {@code src/main/resources/furniture}.
 * Only whole short lines match, so a sentence that merely mentions subscribing survives.
 */
final class KnownFurniture {

    /** Longer than this, a line is prose even when it starts like furniture. */
    private static final int MAX_PREFIX_WORDS = 6;
    /** A neighbour's title is a headline, not a paragraph. */
    private static final int MAX_NEIGHBOUR_TITLE_WORDS = 30;
    private static final int MAX_SHORT_LINE_CHARS = 250;

    private static final int MAX_PROMOTION_WORDS = 16;
    private static final int MAX_STAMP_WORDS = 12;

    /** Every language's lists, merged: a whole short line in one language is rarely prose in another. */
    private static final FurnitureLexicon LEXICON = FurnitureLexicon.load();
    /** Lines that are furniture as a whole (compared as {@link #key keys}). */
    private static final Set<String> LINES = LEXICON.set("lines");
    /** Short lines starting like this are calls to action, not prose. */
    private static final List<String> PREFIXES = LEXICON.prefixes("prefixes");
    /**
     * A call to action that names what it sells is a promotion even when written as a sentence:
     * "Sign up for the Morning briefing at the bottom of every page." Both halves are needed, so
     * "Sign up rates doubled." stays prose.
     */
    private static final List<String> PROMOTION_PREFIXES = LEXICON.prefixes("promotion-prefixes");
    private static final Set<String> PROMOTION_NOUNS = LEXICON.set("promotion-nouns");
    /** Short lines starting like this and holding a number are time stamps: "Published 11:11 PM, Nov 19". */
    private static final List<String> STAMP_PREFIXES = LEXICON.prefixes("stamp-prefixes");
    /** Lines announcing a neighbour article; the line after one is that neighbour's title. */
    private static final Set<String> NEIGHBOUR_MARKERS = LEXICON.set("neighbour-markers");

    boolean isFurniture(String line) {
        return isFurnitureKey(line, keyIfShort(line));
    }

    boolean isNeighbourMarker(String line) {
        String key = keyIfShort(line);
        return key != null && NEIGHBOUR_MARKERS.contains(key);
    }

    /**
     * Removes furniture lines, and each neighbour marker with the neighbour title after it.
     * Returns a new list; lines are expected clean and non-empty.
     */
    List<String> strip(List<String> lines) {
        List<String> kept = new java.util.ArrayList<>(lines.size());
        boolean dropNextTitle = false;
        for (String line : lines) {
            String key = keyIfShort(line);
            if (key != null && NEIGHBOUR_MARKERS.contains(key)) {
                dropNextTitle = true;
            } else if (isFurnitureKey(line, key)) {
                continue;
            } else if (dropNextTitle && key != null && wordCount(key) <= MAX_NEIGHBOUR_TITLE_WORDS) {
                dropNextTitle = false;
            } else {
                dropNextTitle = false;
                kept.add(line);
            }
        }
        return kept;
    }

    private static boolean isFurnitureKey(String line, String key) {
        if (key == null) {
            return false;
        }
        if (key.isEmpty() || LINES.contains(key) || isStamp(key) || isPromotion(key)) {
            return true;
        }
        // a short line ending like a sentence is prose: "Sign up rates doubled."
        if (wordCount(key) > MAX_PREFIX_WORDS || line.strip().endsWith(".")) {
            return false;
        }
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPromotion(String key) {
        if (wordCount(key) > MAX_PROMOTION_WORDS || !startsWithAny(key, PROMOTION_PREFIXES)) {
            return false;
        }
        for (String word : key.split(" ")) {
            if (PROMOTION_NOUNS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String key, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStamp(String key) {
        if (wordCount(key) > MAX_STAMP_WORDS || !hasDigit(key)) {
            return false;
        }
        for (String prefix : STAMP_PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Furniture and headlines are short: a long paragraph is never keyed, which keeps this cheap. */
    private static String keyIfShort(String line) {
        return line.length() > MAX_SHORT_LINE_CHARS ? null : key(line);
    }

    /** Lowercase letters and digits, words separated by one space: "Read more »" and "read more" compare equal. */
    static String key(String line) {
        StringBuilder key = new StringBuilder(Math.min(line.length(), 128));
        boolean gap = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    private static int wordCount(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
