package articleflow.assemble;

/** What the by-id stage asks of the publishers' feeds after an event: place an article version, or take one out. */
public sealed interface FeedChange {

    /** Place (or move) this version of the article in its publisher's feed; the reply echoes {@code version}. */
    record Place(ArticleDraft draft, long version) implements FeedChange {
    }

    /** Take the article out of this publisher's feed. */
    record Remove(String source, String id) implements FeedChange {
    }
}
