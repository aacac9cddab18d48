package articleflow.summarize;

/**
 * How long a summary may be: at most {@code maxSentences} sentences and about {@code maxWords} words.
 *
 * <p>The word budget is soft: while the summary is still under {@code maxWords}, one more sentence
 * may be taken if the total stays within {@link #wordCeiling()} (a quarter over), so "about 80 words"
 * does not cut a summary to two sentences just because the article writes long ones. A sentence that
 * would break the ceiling is passed over for a shorter one. A summary always has at least one
 * sentence; a sentence longer than the ceiling in words or characters (text without sentence ends) is
 * shortened to its first words and ends in "…", so a summary stays small whatever the text.
 */
public record SummaryOptions(int maxSentences, int maxWords) {

    /** Three sentences, about 80 words: what a reader takes in within half a minute. */
    public static final SummaryOptions DEFAULT = new SummaryOptions(3, 80);

    public SummaryOptions {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("maxSentences must be at least 1: " + maxSentences);
        }
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be at least 1: " + maxWords);
        }
    }

    /** The hard ceiling behind the soft budget: a quarter over {@link #maxWords()}. */
    public int wordCeiling() {
        return maxWords + maxWords / 4;
    }

    /**
     * The most words one summary sentence may have before it is shortened: the word ceiling, and never fewer than
     * a hundred, so that only text without sentence ends meets it, whatever budget is set.
     */
    public int sentenceWordCeiling() {
        return Math.max(wordCeiling(), 100);
    }

    /**
     * The most characters one summary sentence may have: twelve per word of {@link #sentenceWordCeiling()}, twice
     * what news prose averages, so only text without sentence ends (or a "word" of thousands of letters) meets it.
     */
    public int sentenceCharCeiling() {
        return sentenceWordCeiling() * 12;
    }
}
