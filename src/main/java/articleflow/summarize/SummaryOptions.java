package articleflow.summarize;

/**
 * How long a summary may be: at most {@code maxSentences} sentences and about {@code maxWords} words.
 *
 * <p>The word budget is soft: a sentence may still be taken when the summary stays within a quarter
 * over the budget, so "about 80 words" never cuts a summary down to one sentence just because the
 * article writes long sentences. A summary always has at least one sentence, however long.
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

    public SummaryOptions withMaxSentences(int sentences) {
        return new SummaryOptions(sentences, maxWords);
    }
}
