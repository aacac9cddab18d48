package articleflow.summarize;

// TEMPORARY stand-in until the summarize branch lands
public record SummaryOptions(int maxSentences, int maxWords) {
    public static final SummaryOptions DEFAULT = new SummaryOptions(3, 80);
}
