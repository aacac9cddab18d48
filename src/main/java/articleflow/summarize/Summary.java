package articleflow.summarize;

import java.util.List;

// TEMPORARY stand-in until the summarize branch lands
public record Summary(List<String> sentences) {
    public String text() { return String.join(" ", sentences); }
}
