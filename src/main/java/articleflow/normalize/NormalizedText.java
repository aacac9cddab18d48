package articleflow.normalize;

import java.util.List;

/** An article's title and its clean paragraphs, in reading order. */
public record NormalizedText(String title, List<String> paragraphs) {

    public NormalizedText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** paragraphs joined by one blank line ("\n\n") */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
