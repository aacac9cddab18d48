package articleflow.summarize;

import java.util.ArrayList;
import java.util.List;

// TEMPORARY stand-in until the summarize branch lands
public final class Summarizer {
    private final SummaryOptions options;
    public Summarizer(SummaryOptions options) { this.options = options; }
    public Summary summarize(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) for (String s : p.split("(?<=[.!?])\\s+")) if (out.size() < options.maxSentences()) out.add(s);
        return new Summary(out);
    }
}
