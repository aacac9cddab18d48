package articleflow.summarize;

/** Function words that say nothing about what an article is about. */
final class StopWords {

    private static final String[] WORDS = {
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
        "out", "over", "own", "said", "same", "says", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
        "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "s",
        "t", "mr", "mrs", "ms", "one", "two", "new", "year", "years", "told", "say", "may", "might",
        "must", "many", "much", "however", "because", "yet", "still", "even", "well",
    };

    private static final TermTable TABLE = new TermTable(WORDS.length);
    private static final int LONGEST = longest();

    static {
        for (String word : WORDS) {
            TABLE.intern(word.toCharArray(), word.length());
        }
    }

    private StopWords() {
    }

    private static int longest() {
        int max = 0;
        for (String word : WORDS) {
            max = Math.max(max, word.length());
        }
        return max;
    }

    /** Read-only after class initialisation, so safe to share between threads. */
    static boolean contains(char[] lowercase, int length) {
        return length <= LONGEST && TABLE.find(lowercase, length) >= 0;
    }

    /** As {@link #contains(char[], int)}, with the word's {@link TermTable#rawHash} already known. */
    static boolean contains(char[] lowercase, int length, int rawHash) {
        return length <= LONGEST && TABLE.find(lowercase, length, rawHash) >= 0;
    }

    static boolean contains(String lowercaseWord) {
        return contains(lowercaseWord.toCharArray(), lowercaseWord.length());
    }
}
