package articleflow.summarize;

import java.util.Set;

/**
 * Decides whether a full stop after a word ends the sentence or belongs to an abbreviation.
 * Works on lowercased text too, so it never relies on the next word being capitalised alone.
 */
final class Abbreviations {

    /** Titles and Latin shorthands that are never the last word of a sentence. */
    private static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "gov", "sen", "rep", "rev", "hon", "lt", "col",
            "capt", "sgt", "cpl", "maj", "adm", "cmdr", "mt", "ft", "e.g", "i.e", "vs", "cf", "approx",
            "dept", "fig", "nos", "pp", "vol");

    /** Shorthands that close a sentence only when the next word clearly starts one. */
    private static final Set<String> SOMETIMES_FINAL = Set.of(
            "etc", "inc", "ltd", "co", "corp", "plc", "jr", "sr", "bros", "al");

    /** Month shorthands and "No." stay attached to the number that follows them. */
    private static final Set<String> BEFORE_NUMBER = Set.of(
            "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words that open sentences and almost never follow an abbreviation inside one. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "these",
            "those", "there", "but", "however", "meanwhile", "mr", "mrs", "ms", "dr");

    private Abbreviations() {
    }

    /**
     * @param word the word before the full stop, lowercased, without the stop itself
     * @param nextWord the next word, lowercased letters only (may be empty)
     * @param nextChar the first character after the whitespace
     */
    static boolean endsSentence(String word, String nextWord, char nextChar) {
        if (word.isEmpty()) {
            return true;
        }
        if (NEVER_FINAL.contains(word)) {
            return false;
        }
        if (BEFORE_NUMBER.contains(word) && Character.isDigit(nextChar)) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        boolean dotted = word.indexOf('.') > 0; // u.s, u.k, a.m, j.r.r
        if (initial || dotted || SOMETIMES_FINAL.contains(word) || BEFORE_NUMBER.contains(word)) {
            if (word.equals("etc") && Character.isUpperCase(nextChar)) {
                return true;
            }
            return SENTENCE_OPENERS.contains(nextWord);
        }
        return true;
    }
}
