package articleflow.summarize;

import java.util.List;
import java.util.Objects;

/** An extractive summary: sentences of the article's normalized text, in their original order. */
public record Summary(List<String> sentences) {

    public Summary {
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    }

    /** The sentences joined by single spaces. */
    public String text() {
        return String.join(" ", sentences);
    }
}
