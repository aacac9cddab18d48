package articleflow.related;

import java.util.List;

/**
 * What a by-id partition sends to the bucket partitions, keyed by {@link #bucketKey()}: a term bucket is keyed
 * by language and stem ({@code t|en|putin}), a near-duplicate band bucket by language, band and band values
 * ({@code d|en|3|…}). Both travel on one repartition topic; one message may name several buckets of one partition.
 */
public sealed interface BucketMessage permits BucketMessage.Insert, BucketMessage.Removal {

    /** The key the message travels under: its first bucket's. */
    default String bucketKey() {
        return bucketKeys().get(0);
    }

    /**
     * The buckets it is for, at least one: all on one partition when {@link BucketMessages#byPartition} grouped them,
     * so that one message carries the member once instead of once per bucket.
     */
    List<String> bucketKeys();

    /** File this article version in the buckets (replacing an older version of it) and pair it with the members. */
    record Insert(List<String> bucketKeys, BucketMember member) implements BucketMessage {
        public Insert {
            bucketKeys = List.copyOf(bucketKeys);
            if (bucketKeys.isEmpty()) {
                throw new IllegalArgumentException("an insert names at least one bucket");
            }
        }

        public Insert(String bucketKey, BucketMember member) {
            this(List.of(bucketKey), member);
        }
    }

    /** Take every version of the article older than {@code version} out of the buckets. */
    record Removal(List<String> bucketKeys, String id, long version) implements BucketMessage {
        public Removal {
            bucketKeys = List.copyOf(bucketKeys);
            if (bucketKeys.isEmpty()) {
                throw new IllegalArgumentException("a removal names at least one bucket");
            }
        }

        public Removal(String bucketKey, String id, long version) {
            this(List.of(bucketKey), id, version);
        }
    }
}
