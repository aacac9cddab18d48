package articleflow.related;

/**
 * What a by-id partition sends to the bucket partitions, keyed by {@link #bucketKey()}: a term bucket is keyed
 * by language and stem ({@code t|en|putin}), a near-duplicate band bucket by language, band and band values
 * ({@code d|en|3|…}). Both travel on one repartition topic.
 */
public sealed interface BucketMessage permits BucketMessage.Insert, BucketMessage.Removal {

    String bucketKey();

    /** File this article version in the bucket (replacing an older version of it) and pair it with the members. */
    record Insert(String bucketKey, BucketMember member) implements BucketMessage {
    }

    /** Take every version of the article older than {@code version} out of the bucket. */
    record Removal(String bucketKey, String id, long version) implements BucketMessage {
    }
}
