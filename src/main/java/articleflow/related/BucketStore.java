package articleflow.related;

import java.util.List;

/**
 * Where {@link CandidateBuckets} keeps its buckets: a Kafka Streams store keyed by bucket key and member id in
 * production (a prefix range per bucket), a map in tests. A bucket holds at most
 * {@link RelatedSettings#bucketCap()} members plus its {@link BucketState}.
 */
public interface BucketStore {

    /** The members of a bucket, in any order. */
    List<BucketMember> members(String bucketKey);

    void put(String bucketKey, BucketMember member);

    void remove(String bucketKey, String id);

    /** The bucket's own bookkeeping, or {@link BucketState#EMPTY}. */
    BucketState state(String bucketKey);

    /** Stores the bucket's bookkeeping; {@code null} deletes it. */
    void putState(String bucketKey, BucketState state);
}
