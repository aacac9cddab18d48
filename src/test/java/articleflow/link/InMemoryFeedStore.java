package articleflow.link;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link FeedStore} in a sorted map, so feed rules can be shown without Kafka. */
final class InMemoryFeedStore implements FeedStore {

    private final TreeMap<String, FeedEntry> order = new TreeMap<>();
    private final Map<String, FeedEntry> positions = new HashMap<>();

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
        order.remove(entry.orderKey());
        positions.remove(entry.positionKey());
    }

    @Override
    public Optional<FeedEntry> previous(FeedEntry entry) {
        Map.Entry<String, FeedEntry> lower = order.lowerEntry(entry.orderKey());
        return lower == null || !lower.getValue().source().equals(entry.source())
                ? Optional.empty() : Optional.of(lower.getValue());
    }

    @Override
    public Optional<FeedEntry> next(FeedEntry entry) {
        Map.Entry<String, FeedEntry> higher = order.higherEntry(entry.orderKey());
        return higher == null || !higher.getValue().source().equals(entry.source())
                ? Optional.empty() : Optional.of(higher.getValue());
    }
}
