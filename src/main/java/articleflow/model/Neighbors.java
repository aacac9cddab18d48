package articleflow.model;

import java.util.List;

/** The links of an enriched article: previous/next in its publisher's feed, and related articles. */
public record Neighbors(Link previous, Link next, List<RelatedLink> related) {

    public static final Neighbors NONE = new Neighbors(null, null, List.of());

    public Neighbors {
        related = related == null ? List.of() : List.copyOf(related);
    }

    public Neighbors withFeed(Link previous, Link next) {
        return new Neighbors(previous, next, related);
    }
}
