package articleflow.related;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link BucketStore} in maps, for tests and the {@link StreamingSimulator}. */
public final class InMemoryBucketStore implements BucketStore {

    private final Map<String, Map<String, BucketMember>> buckets = new HashMap<>();
    private final Map<String, BucketState> states = new HashMap<>();

    @Override
    public List<BucketMember> members(String bucketKey) {
        Map<String, BucketMember> members = buckets.get(bucketKey);
        return members == null ? List.of() : new ArrayList<>(members.values());
    }

    @Override
    public void put(String bucketKey, BucketMember member) {
        buckets.computeIfAbsent(bucketKey, k -> new LinkedHashMap<>()).put(member.id(), member);
    }

    @Override
    public void remove(String bucketKey, String id) {
        Map<String, BucketMember> members = buckets.get(bucketKey);
        if (members != null) {
            members.remove(id);
            if (members.isEmpty()) {
                buckets.remove(bucketKey);
            }
        }
    }

    @Override
    public BucketState state(String bucketKey) {
        return states.getOrDefault(bucketKey, BucketState.EMPTY);
    }

    @Override
    public void putState(String bucketKey, BucketState state) {
        if (state == null) {
            states.remove(bucketKey);
        } else {
            states.put(bucketKey, state);
        }
    }

    /** Every bucket with members or bookkeeping. */
    public List<String> bucketKeys() {
        java.util.Set<String> keys = new java.util.TreeSet<>(buckets.keySet());
        keys.addAll(states.keySet());
        return new ArrayList<>(keys);
    }

    /** Members over all buckets: how many entries the store holds. */
    public int size() {
        return buckets.values().stream().mapToInt(Map::size).sum();
    }

    public int bucketCount() {
        return buckets.size();
    }
}
