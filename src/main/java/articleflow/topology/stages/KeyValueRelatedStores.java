package articleflow.topology.stages;

import articleflow.related.BucketMember;
import articleflow.related.BucketState;
import articleflow.related.BucketStore;
import articleflow.related.IndexedTerms;
import articleflow.related.IndexedTermsStore;
import articleflow.related.RelatedState;
import articleflow.related.RelatedStateStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The related stage's stores as Kafka Streams key-value stores: by article id, and by bucket key. */
final class KeyValueRelatedStores {

    private KeyValueRelatedStores() {
    }

    static RelatedStateStore states(KeyValueStore<String, RelatedState> store) {
        return new RelatedStateStore() {
            @Override
            public RelatedState get(String id) {
                return store.get(id);
            }

            @Override
            public void put(RelatedState state) {
                store.put(state.id(), state);
            }

            @Override
            public void delete(String id) {
                store.delete(id);
            }

            @Override
            public Iterable<RelatedState> all() {
                return values(store);
            }
        };
    }

    static IndexedTermsStore terms(KeyValueStore<String, IndexedTerms> store) {
        return new IndexedTermsStore() {
            @Override
            public IndexedTerms get(String id) {
                return store.get(id);
            }

            @Override
            public void put(IndexedTerms terms) {
                store.put(terms.id(), terms);
            }

            @Override
            public void delete(String id) {
                store.delete(id);
            }

            @Override
            public Iterable<IndexedTerms> all() {
                return values(store);
            }
        };
    }

    /**
     * Buckets in two stores: members under {@code bucket key \u0001 article id}, so a bucket's members are one
     * range scan, and each bucket's bookkeeping under its key. Whole members sit in the members store too, under
     * {@code \u0000 publication time \u0001 article id} (bucket keys start with a letter): ordered by time, so that
     * the horizon drops them with one range, and found from a reference, which carries the time.
     */
    static BucketStore buckets(KeyValueStore<String, BucketMember> members, KeyValueStore<String, BucketState> states) {
        return new BucketStore() {
            @Override
            public List<BucketMember> members(String bucketKey) {
                List<BucketMember> found = new ArrayList<>();
                try (KeyValueIterator<String, BucketMember> range = members.range(bucketKey + '\u0001', bucketKey + '\u0002')) {
                    range.forEachRemaining(entry -> found.add(entry.value));
                }
                return found;
            }

            @Override
            public void put(String bucketKey, BucketMember member) {
                members.put(bucketKey + '\u0001' + member.id(), member);
            }

            @Override
            public void remove(String bucketKey, String id) {
                members.delete(bucketKey + '\u0001' + id);
            }

            @Override
            public BucketState state(String bucketKey) {
                BucketState state = states.get(bucketKey);
                return state == null ? BucketState.EMPTY : state;
            }

            @Override
            public void putState(String bucketKey, BucketState state) {
                if (state == null) {
                    states.delete(bucketKey);
                } else {
                    states.put(bucketKey, state);
                }
            }

            @Override
            public BucketMember article(String id, long publishedAtMillis) {
                return members.get(articleKey(publishedAtMillis, id));
            }

            @Override
            public void putArticle(BucketMember member) {
                members.put(articleKey(member.publishedAtMillis(), member.id()), member);
            }

            @Override
            public void removeArticle(String id, long publishedAtMillis) {
                members.delete(articleKey(publishedAtMillis, id));
            }

            @Override
            public void removeArticlesBefore(long cutoffMillis) {
                List<String> expired = new ArrayList<>();
                try (KeyValueIterator<String, BucketMember> range = members.range(ARTICLES_FROM, articleKey(cutoffMillis, ""))) {
                    range.forEachRemaining(entry -> expired.add(entry.key));
                }
                expired.forEach(members::delete);
            }
        };
    }

    private static final String ARTICLES_FROM = "\u0000";

    /** Sixteen hex digits of the time with its sign bit flipped, so that string order is time order. */
    static String articleKey(long publishedAtMillis, String id) {
        String time = Long.toHexString(publishedAtMillis ^ Long.MIN_VALUE);
        return ARTICLES_FROM + "0".repeat(16 - time.length()) + time + '\u0001' + id;
    }

    /** Every bucket key with bookkeeping, for eviction. */
    static List<String> bucketKeys(KeyValueStore<String, BucketState> states) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, BucketState> all = states.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    /** The store's values one at a time (never all in memory); the iterator is closed once it is used up. */
    private static <V> Iterable<V> values(KeyValueStore<String, V> store) {
        return () -> new Iterator<>() {
            private final KeyValueIterator<String, V> all = store.all();
            private boolean open = true;

            @Override
            public boolean hasNext() {
                if (open && !all.hasNext()) {
                    all.close();
                    open = false;
                }
                return open;
            }

            @Override
            public V next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return all.next().value;
            }
        };
    }
}
