package articleflow.topology.wire;

/**
 * What waits in {@code related-news} for an article's next gathered revision: the time of the record that brought
 * the first news, and the newest feed links that came for it, if any ({@code null} when only related news waits).
 * The links wait here rather than in the article's state, so that a neighbour update costs no rewrite of the
 * article (its text and record) before the revision that shows it.
 */
public record WaitingNews(long timestamp, FeedReply feedLinks) {

    /** Related news for the article, keeping feed links that already wait. */
    public static WaitingNews related(WaitingNews before, long timestamp) {
        return before == null ? new WaitingNews(timestamp, null) : before;
    }

    /** New feed links for the article, in place of any that already wait. */
    public static WaitingNews links(WaitingNews before, long timestamp, FeedReply reply) {
        return new WaitingNews(before == null ? timestamp : before.timestamp(), reply);
    }
}
