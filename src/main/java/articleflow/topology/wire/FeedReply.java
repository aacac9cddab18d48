package articleflow.topology.wire;

import articleflow.model.Link;
import java.util.List;

/**
 * What the by-source stages send back to the by-id stage for one article, keyed by article id.
 * A reply to a {@link FeedRequest} carries its {@code draftVersion} and the paragraphs learned furniture
 * strips; a neighbour update (another article moved next to this one) has a null draft version.
 */
public record FeedReply(String id, Long draftVersion, List<Integer> stripParagraphs, Link previous, Link next) {

    public FeedReply {
        stripParagraphs = stripParagraphs == null ? List.of() : List.copyOf(stripParagraphs);
    }

    public static FeedReply neighbourUpdate(String id, Link previous, Link next) {
        return new FeedReply(id, null, List.of(), previous, next);
    }

    public boolean answersDraft() {
        return draftVersion != null;
    }
}
