package articleflow.related;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A {@link BucketStore} in maps, for tests and the {@link StreamingSimulator}. */
public final class InMemoryBucketStore implements BucketStore {

    private final Map<String, Map<String, BucketMember>> buckets = new HashMap<>();
    private final Map<String, BucketState> states = new HashMap<>();
    private final NavigableMap<ArticleKey, BucketMember> articles = new TreeMap<>();

    /** Whole members by publication time, then id, as the Kafka Streams store orders them. */
    private record ArticleKey(long publishedAtMillis, String id) implements Comparable<ArticleKey> {
        @Override
        public int compareTo(ArticleKey other) {
            int byTime = Long.compare(publishedAtMillis, other.publishedAtMillis);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

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

    @Override
    public BucketMember article(String id, long publishedAtMillis) {
        return articles.get(new ArticleKey(publishedAtMillis, id));
    }

    @Override
    public void putArticle(BucketMember member) {
        articles.put(new ArticleKey(member.publishedAtMillis(), member.id()), member);
    }

    @Override
    public void removeArticle(String id, long publishedAtMillis) {
        articles.remove(new ArticleKey(publishedAtMillis, id));
    }

    @Override
    public void removeArticlesBefore(long cutoffMillis) {
        articles.headMap(new ArticleKey(cutoffMillis, ""), false).clear();
    }

    /** Whole members kept. */
    public int articleCount() {
        return articles.size();
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
