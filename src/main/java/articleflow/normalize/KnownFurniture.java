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
    private static final int MAX_DANGLING_LABEL_WORDS = 6;
    private static final int MAX_STAMP_WORDS = 12;

    /** Every language's lists, merged: a whole short line in one language is rarely prose in another. */
    private static final FurnitureLexicon LEXICON = FurnitureLexicon.load();
    /** A notice that opens with the copyright sign may go on about reprints and permissions for this long. */
    private static final int MAX_COPYRIGHT_NOTICE_CHARS = 600;
    /** Lines that are furniture as a whole (compared as {@link #key keys}). */
    private static final Set<String> LINES = LEXICON.set("lines");
    /** Short lines starting like this are calls to action, not prose. */
    private static final FurnitureLexicon.Phrases PREFIXES = LEXICON.phrases("prefixes");
    /**
     * A call to action that names what it sells is a promotion even when written as a sentence:
     * "Sign up for the Morning briefing at the bottom of every page." Both halves are needed, so
     * "Sign up rates doubled." stays prose.
     */
    private static final FurnitureLexicon.Phrases PROMOTION_PREFIXES = LEXICON.phrases("promotion-prefixes");
    private static final FurnitureLexicon.Phrases PROMOTION_NOUNS = LEXICON.phrases("promotion-nouns");
    /** Short lines starting like this and holding a number are time stamps: "Published 11:11 PM, Nov 19". */
    private static final FurnitureLexicon.Phrases STAMP_PREFIXES = LEXICON.phrases("stamp-prefixes");
    /** Lines announcing a neighbour article; the line after one is that neighbour's title. */
    private static final Set<String> NEIGHBOUR_MARKERS = LEXICON.set("neighbour-markers");
    /** Labels before another article's headline ("Read also: …") or a credit ("Photo: …", "Source: …"). */
    private static final FurnitureLexicon.Phrases LABEL_PREFIXES = LEXICON.phrases("label-prefixes");
    private static final int MAX_LABELLED_WORDS = 20;
    /** Reprint and rights lines: "All rights reserved", found anywhere in a short line. */
    private static final FurnitureLexicon.Phrases RIGHTS = LEXICON.phrases("rights");
    private static final int MAX_RIGHTS_WORDS = 30;
    /** Placeholders a consent tool leaves where an embedded post would be. */
    private static final FurnitureLexicon.Phrases CONSENT = LEXICON.phrases("consent");
    private static final int MAX_CONSENT_WORDS = 60;
    /** A paywall's or a membership drive's words to the reader: "Already a subscriber? Log in", "Réservé aux abonnés". */
    private static final FurnitureLexicon.Phrases SUBSCRIBER_CALLS = LEXICON.phrases("subscriber-calls");
    private static final int MAX_SUBSCRIBER_CALL_WORDS = 40;
    /**
     * Labels that start the page's own section after the article — contact, about the author or the company —
     * which ends the article when it comes late: everything from the label on goes.
     */
    private static final Set<String> TAIL_LABELS = LEXICON.set("tail-labels");
    /** The tail a label cuts off is at most this share of the text, so a label early in a text cuts nothing. */
    private static final double MAX_TAIL_SHARE = 0.35;
    /** Social networks and messengers: the same names in every language. */
    private static final FurnitureLexicon.Phrases PLATFORMS = LEXICON.phrases("platforms");
    /** Imperatives that open a call to follow or join the publisher somewhere: "Follow us", "Únete". */
    private static final FurnitureLexicon.Phrases SOCIAL_CALLS = LEXICON.phrases("social-calls");
    private static final int MAX_SOCIAL_CALL_WORDS = 45;
    /** How far into a sentence the imperative is looked for. */
    private static final int SOCIAL_CALL_WINDOW = 40;
    private static final int MAX_COUNTER_NUMBER = 999;
    private static final int MAX_COUNTER_WORD_CHARS = 4;

    boolean isFurniture(String line) {
        return isFurnitureKey(line, keyIfShort(line));
    }

    boolean isNeighbourMarker(String line) {
        LineKey key = keyIfShort(line);
        return key != null && NEIGHBOUR_MARKERS.contains(key.text());
    }

    /**
     * Removes furniture lines, each neighbour marker with the neighbour title after it, and the page's own closing
     * section. Returns a new list; lines are expected clean and non-empty.
     */
    List<String> strip(List<String> lines) {
        LineKey[] keys = new LineKey[lines.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keyIfShort(lines.get(i));
        }
        List<String> kept = new java.util.ArrayList<>(lines.size());
        boolean dropNextTitle = false;
        int end = tailStart(lines, keys);
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            LineKey key = keys[i];
            if (key != null && NEIGHBOUR_MARKERS.contains(key.text())) {
                dropNextTitle = true;
            } else if (isFurnitureKey(line, key)) {
                continue;
            } else if (dropNextTitle && key != null && key.words() <= MAX_NEIGHBOUR_TITLE_WORDS) {
                dropNextTitle = false;
            } else {
                dropNextTitle = false;
                kept.add(line);
            }
        }
        // "More on this topic:", "Recommended:": a label that ends the text introduces something the page left out
        while (kept.size() > 1 && isDanglingLabel(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    /** A few words ending with a colon: a label for what follows it. */
    private static boolean isDanglingLabel(String line) {
        String stripped = line.strip();
        if (!stripped.endsWith(":")) {
            return false;
        }
        LineKey key = keyIfShort(stripped);
        return key != null && key.words() > 0 && key.words() <= MAX_DANGLING_LABEL_WORDS;
    }

    /** Where the page's own closing section starts, or the number of lines when there is none. */
    private static int tailStart(List<String> lines, LineKey[] keys) {
        long total = 0;
        for (String line : lines) {
            total += line.length();
        }
        long after = 0;
        int start = lines.size();
        for (int i = lines.size() - 1; i > 0 && after <= total * MAX_TAIL_SHARE; i--) {
            if (keys[i] != null && TAIL_LABELS.contains(keys[i].text())) {
                start = i;
            }
            after += lines.get(i).length();
        }
        return start;
    }

    private static boolean isFurnitureKey(String line, LineKey key) {
        if (key == null) {
            return opensWithCopyright(line);
        }
        String text = key.text();
        if (text.isEmpty() || LINES.contains(text) || isStamp(key) || isPromotion(key) || isCounter(key) || isBareDate(line)
                || isRights(line, key) || isLabelled(line, key) || isConsentPlaceholder(key) || isSubscriberCall(key)
                || isSocialCall(line, key)) {
            return true;
        }
        // a short line ending like a sentence is prose: "Sign up rates doubled."
        if (key.words() > MAX_PREFIX_WORDS || line.strip().endsWith(".")) {
            return false;
        }
        return PREFIXES.atStart(key, 1, true) > 0;
    }

    /**
     * A picture gallery's or a pager's counter: "Bild 3 von 12", "Photo 4 of 10", "2 de 7" — one or two words, a
     * number, a word, a larger number — in any language, so judged by shape alone.
     */
    private static boolean isCounter(LineKey key) {
        int n = key.words();
        if (n < 3 || n > 5) {
            return false;
        }
        String of = key.word(n - 1);
        String at = key.word(n - 3);
        if (!isNumber(of) || !isNumber(at) || !isShortWord(key.word(n - 2))) {
            return false;
        }
        for (int i = 0; i < n - 3; i++) {
            if (!isLetters(key.word(i))) {
                return false;
            }
        }
        int total = Integer.parseInt(of);
        int index = Integer.parseInt(at);
        return index >= 1 && index <= total && total <= MAX_COUNTER_NUMBER;
    }

    /**
     * A line that is only a date, perhaps with a time: "23.10.2018", "2022-01-27 | 14:30". It dates the page, not a
     * sentence of the article, in any language; a year or a number alone is not a date.
     */
    static boolean isBareDate(String line) {
        int fields = 0;
        int digits = 0;
        boolean dateSeparator = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 0) {
                    fields++;
                }
                if (++digits > 4) {
                    return false;
                }
            } else {
                digits = 0;
                if (c == '.' || c == '/' || c == '-') {
                    dateSeparator = true;
                } else if (c != ':' && c != ',' && c != '|' && !TextCleaner.isSpace(c)) {
                    return false;
                }
            }
        }
        return dateSeparator && fields >= 3 && fields <= 6;
    }

    /** "von", "of", "de", "z": the word between the two numbers; "x" makes them a size, "82 x 86". */
    private static boolean isShortWord(String word) {
        return word.length() <= MAX_COUNTER_WORD_CHARS && isLetters(word) && !word.equals("x");
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean isNumber(String word) {
        if (word.isEmpty() || word.length() > 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** "© 2024 Example Media", "Copyright …", "Alle Rechte vorbehalten." */
    private static boolean isRights(String line, LineKey key) {
        if (key.words() > MAX_RIGHTS_WORDS) {
            return false;
        }
        if (line.indexOf('©') >= 0 || (key.words() > 1 && key.text().startsWith("copyright "))) {
            return true;
        }
        return RIGHTS.occursIn(key);
    }

    /**
     * "© 2022 Example News. This article is the property of … Reprinting without permission is …": a line that opens
     * with the copyright sign is the publisher's notice however long it runs on, up to a paragraph's length.
     */
    private static boolean opensWithCopyright(String line) {
        if (line.length() > MAX_COPYRIGHT_NOTICE_CHARS) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!TextCleaner.isSpace(c)) {
                return c == '©';
            }
        }
        return false;
    }

    /** "Lesen Sie auch: …", "Foto: …", "Quelle: …": a label and what it labels, as long as a headline at most. */
    private static boolean isLabelled(String line, LineKey key) {
        if (key.words() > MAX_LABELLED_WORDS) {
            return false;
        }
        for (int n = LABEL_PREFIXES.atStart(key, 1, false); n > 0; n = LABEL_PREFIXES.atStart(key, n + 1, false)) {
            if (isSetApart(line, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line's first {@code labelWords} words are followed by a separator before the next word:
     * "Foto: dpa", "ANZEIGE – …", "Quelle | DJV"; in "Source of the leak: an official" the colon comes too late.
     */
    private static boolean isSetApart(String line, int labelWords) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord && ++words > labelWords) {
                    return false;
                }
                inWord = true;
            } else {
                inWord = false;
                // a hyphen only with a space before it: "Bild-Zeitung" is a name, "ANZEIGE - …" a label
                if (words == labelWords && (c == ':' || c == '|' || c == '–' || c == '—'
                        || (c == '-' && i > 0 && line.charAt(i - 1) == ' '))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Follow The Gazette on Twitter and Instagram.", "¡Mira lo que tiene nuestro canal de YouTube!": a short line
     * naming a social network in which a sentence opens with a call to follow or join. "Critics on Twitter told him
     * to follow the rules" opens with no call, so it stays.
     */
    private static boolean isSocialCall(String line, LineKey key) {
        if (key.words() > MAX_SOCIAL_CALL_WORDS || !PLATFORMS.occursIn(key)) {
            return false;
        }
        boolean sentenceStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (sentenceStart) {
                    LineKey opening = LineKey.of(line.substring(i, Math.min(line.length(), i + SOCIAL_CALL_WINDOW)));
                    if (SOCIAL_CALLS.atStart(opening, 1, false) > 0) {
                        return true;
                    }
                }
                sentenceStart = false;
            } else if (c == '.' || c == '!' || c == '?' || c == '…' || c == '¡' || c == '¿') {
                sentenceStart = true;
            }
        }
        return false;
    }

    private static boolean isSubscriberCall(LineKey key) {
        return key.words() <= MAX_SUBSCRIBER_CALL_WORDS && SUBSCRIBER_CALLS.occursIn(key);
    }

    private static boolean isConsentPlaceholder(LineKey key) {
        return key.words() <= MAX_CONSENT_WORDS && CONSENT.occursIn(key);
    }

    private static boolean isPromotion(LineKey key) {
        return key.words() <= MAX_PROMOTION_WORDS && PROMOTION_PREFIXES.atStart(key, 1, true) > 0
                && PROMOTION_NOUNS.occursIn(key);
    }

    private static boolean isStamp(LineKey key) {
        return key.words() <= MAX_STAMP_WORDS && hasDigit(key.text()) && STAMP_PREFIXES.atStart(key, 1, true) > 0;
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
    private static LineKey keyIfShort(String line) {
        return line.length() > MAX_SHORT_LINE_CHARS ? null : LineKey.of(line);
    }

    /** Lowercase letters and digits, words separated by one space: "Read more »" and "read more" compare equal. */
    static String key(String line) {
        // one char array sized for the worst case: a key is never longer than its line
        char[] key = new char[line.length()];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < line.length(); i++) {
            char c = keyChar(line.charAt(i));
            if (c != 0) {
                if (gap && length > 0) {
                    key[length++] = ' ';
                }
                gap = false;
                key[length++] = c;
            } else {
                gap = true;
            }
        }
        return new String(key, 0, length);
    }

    /** A character as a key has it: a letter or digit lowercased, anything else 0 (a gap between words). */
    static char keyChar(char c) {
        // ASCII, most of most pages, without the Unicode tables: the same answers, a few times faster
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : c >= 'A' && c <= 'Z' ? (char) (c + 32) : 0;
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }
}
