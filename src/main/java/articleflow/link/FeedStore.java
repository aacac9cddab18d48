package articleflow.link;

import java.util.Optional;

/** Where {@link FeedIndex} keeps a publisher's feed; a Kafka Streams store in production, a map in tests. */
public interface FeedStore {

    /** Where the article with this id stands in the source's feed now, if it is there. */
    Optional<FeedEntry> position(String source, String id);

    void put(FeedEntry entry);

    void delete(FeedEntry entry);

    /** The entry just before this one in its source's feed. */
    Optional<FeedEntry> previous(FeedEntry entry);

    /** The entry just after this one in its source's feed. */
    Optional<FeedEntry> next(FeedEntry entry);
}
