package articleflow.link;

import articleflow.model.Link;

/**
 * The previous/next links one article has after a feed change.
 *
 * @param version the version of the article that placed it in the feed ({@link FeedEntry#version()})
 */
public record FeedLinks(String id, Link previous, Link next, long version) {

    public FeedLinks(String id, Link previous, Link next) {
        this(id, previous, next, 0);
    }
}
