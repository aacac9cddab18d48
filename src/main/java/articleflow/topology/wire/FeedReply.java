package articleflow.topology.wire;

import articleflow.model.Link;
import java.util.List;

/**
 * What the by-source stages send back to the by-id stage for one article, keyed by article id: its links in
 * the feed of {@code source}, where version {@code version} of the article placed it. A reply to a
 * {@link FeedRequest} ({@code answersDraft}) also carries the paragraphs learned furniture strips; a neighbour
 * update (another article moved next to this one) carries none. The article applies an update only from the
 * feed it is in now and for its current version, so a late update from a feed it has left changes nothing.
 */
public record FeedReply(String id, String source, long version, boolean answersDraft, List<Integer> stripParagraphs,
                        Link previous, Link next) {

    public FeedReply {
        stripParagraphs = stripParagraphs == null ? List.of() : List.copyOf(stripParagraphs);
    }

    public static FeedReply toDraft(String id, String source, long version, List<Integer> stripParagraphs,
                                    Link previous, Link next) {
        return new FeedReply(id, source, version, true, stripParagraphs, previous, next);
    }

    public static FeedReply neighbourUpdate(String id, String source, long version, Link previous, Link next) {
        return new FeedReply(id, source, version, false, List.of(), previous, next);
    }
}
