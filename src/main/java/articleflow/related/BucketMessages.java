package articleflow.related;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Bucket messages grouped by the partition their buckets live on. An article is filed in about ten term buckets and
 * its band buckets; sent one per bucket, its profile crossed the broker and was decoded once per bucket, though a few
 * partitions hold them all. Grouped, the same member goes once to each partition that has one of its buckets, keyed by
 * the first of them so that the cluster's partitioner puts it where all of them live.
 */
public final class BucketMessages {

    private BucketMessages() {
    }

    /**
     * @param messages    one article version's messages, each for one or more buckets
     * @param partitionOf the partition of a bucket key, as the repartition topic's partitioner places it
     * @return the same messages, those for the same member (or the same removal) on one partition merged into one,
     *         in the order each group first appears
     */
    public static List<BucketMessage> byPartition(List<BucketMessage> messages, ToIntFunction<String> partitionOf) {
        if (messages.size() < 2) {
            return messages;
        }
        Map<Object, Group> groups = new LinkedHashMap<>();
        for (BucketMessage message : messages) {
            for (String key : message.bucketKeys()) {
                groups.computeIfAbsent(List.of(what(message), partitionOf.applyAsInt(key)), g -> new Group(message))
                        .keys().add(key);
            }
        }
        List<BucketMessage> grouped = new ArrayList<>(groups.size());
        for (Group group : groups.values()) {
            grouped.add(group.message());
        }
        return grouped;
    }

    /** The first message of a group, and the bucket keys of all of its messages on one partition. */
    private record Group(BucketMessage first, List<String> keys) {
        Group(BucketMessage first) {
            this(first, new ArrayList<>());
        }

        BucketMessage message() {
            if (first instanceof BucketMessage.Insert insert) {
                return new BucketMessage.Insert(keys, insert.member());
            }
            BucketMessage.Removal removal = (BucketMessage.Removal) first;
            return new BucketMessage.Removal(keys, removal.id(), removal.version());
        }
    }

    /** What a message does, bucket keys aside: the same member filed, or the same version removed. */
    private static Object what(BucketMessage message) {
        if (message instanceof BucketMessage.Insert insert) {
            // by identity: a term member and a band member of one version differ (the band's has no profile)
            return new Identity(insert.member());
        }
        BucketMessage.Removal removal = (BucketMessage.Removal) message;
        return List.of(removal.id(), removal.version());
    }

    private record Identity(Object of) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }
}
