package articleflow.link;

import articleflow.model.Link;

/** The previous/next links one article has after a feed change. */
public record FeedLinks(String id, Link previous, Link next) {
}
