package articleflow.related;

/**
 * A bucket's bookkeeping: the latest publish time it has seen (its clock for the horizon) and the latest
 * publish time of a member it had to evict for the cap. An article within the horizon of a cap eviction would
 * have had more than the cap of companions under this term: the term is common and produces no candidates.
 */
public record BucketState(long newestPublishedMillis, long saturatedThroughMillis) {

    public static final BucketState EMPTY = new BucketState(Long.MIN_VALUE, Long.MIN_VALUE);
}
