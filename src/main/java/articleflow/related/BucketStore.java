package articleflow.related;

import java.util.List;

/**
 * Where {@link CandidateBuckets} keeps its buckets: a Kafka Streams store keyed by bucket key and member id in
 * production (a prefix range per bucket), a map in tests. A bucket holds at most
 * {@link RelatedSettings#bucketCap()} members plus its {@link BucketState}. Beside the buckets, the whole member
 * of each article filed in a term bucket of this partition, once, by publication time and id: term buckets hold
 * {@link BucketMember#reference() references} to it.
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

    /** The whole member of an article filed here, published at {@code publishedAtMillis}; null if none is kept. */
    BucketMember article(String id, long publishedAtMillis);

    /** Keeps the whole member, replacing any kept under the same id and publication time. */
    void putArticle(BucketMember member);

    void removeArticle(String id, long publishedAtMillis);

    /** Forgets every whole member published before {@code cutoffMillis}. */
    void removeArticlesBefore(long cutoffMillis);
}
