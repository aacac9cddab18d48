package articleflow.topology.wire;

import java.util.List;

/** A feed request on its way from the learned-furniture step to the feed, with the paragraphs to strip. */
public record FeedStep(FeedRequest request, List<Integer> stripParagraphs) {

    public FeedStep {
        stripParagraphs = stripParagraphs == null ? List.of() : List.copyOf(stripParagraphs);
    }
}
