package articleflow.summarize;

import java.util.Set;

/** Function words that say nothing about what an article is about. */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
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
            "must", "many", "much", "however", "because", "yet", "still", "even", "well");

    private StopWords() {
    }

    static boolean contains(String lowercaseWord) {
        return WORDS.contains(lowercaseWord);
    }
}
