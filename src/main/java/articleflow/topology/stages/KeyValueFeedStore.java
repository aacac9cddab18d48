package articleflow.topology.stages;

import articleflow.link.FeedStore;
import articleflow.link.FeedEntry;

import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** {@link FeedStore} over two Kafka Streams stores: the feed in order, and each article's place in it. */
public final class KeyValueFeedStore implements FeedStore {

    private final KeyValueStore<String, FeedEntry> order;
    private final KeyValueStore<String, FeedEntry> positions;

    public KeyValueFeedStore(KeyValueStore<String, FeedEntry> order, KeyValueStore<String, FeedEntry> positions) {
        this.order = order;
        this.positions = positions;
    }

    @Override
    public Optional<FeedEntry> position(String source, String id) {
        return Optional.ofNullable(positions.get(FeedEntry.positionKey(source, id)));
    }

    @Override
    public void put(FeedEntry entry) {
        order.put(entry.orderKey(), entry);
        positions.put(entry.positionKey(), entry);
    }

    @Override
    public void delete(FeedEntry entry) {
        order.delete(entry.orderKey());
        positions.delete(entry.positionKey());
    }

    @Override
    public Optional<FeedEntry> previous(FeedEntry entry) {
        String self = entry.orderKey();
        try (KeyValueIterator<String, FeedEntry> before =
                     order.reverseRange(FeedEntry.sourcePrefix(entry.source()), self)) {
            return firstOtherThan(self, before);
        }
    }

    @Override
    public Optional<FeedEntry> next(FeedEntry entry) {
        String self = entry.orderKey();
        try (KeyValueIterator<String, FeedEntry> after =
                     order.range(self, FeedEntry.sourceUpperBound(entry.source()))) {
            return firstOtherThan(self, after);
        }
    }

    private static Optional<FeedEntry> firstOtherThan(String self, KeyValueIterator<String, FeedEntry> entries) {
        while (entries.hasNext()) {
            KeyValue<String, FeedEntry> candidate = entries.next();
            if (!candidate.key.equals(self)) {
                return Optional.of(candidate.value);
            }
        }
        return Optional.empty();
    }
}
