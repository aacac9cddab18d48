package articleflow.normalize;

import java.util.List;

// TEMPORARY stand-in until the normalize branch lands
public record NormalizedText(String title, List<String> paragraphs) {
    public String text() { return String.join("\n\n", paragraphs); }
}
