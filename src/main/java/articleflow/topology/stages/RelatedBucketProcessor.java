package articleflow.topology.stages;

import articleflow.related.ArticleMessage;
import articleflow.related.BucketMember;
import articleflow.related.BucketMessage;
import articleflow.related.BucketState;
import articleflow.related.CandidateBuckets;
import articleflow.related.PairBatches;
import articleflow.related.RelatedSettings;
import java.time.Duration;
import java.util.function.ToIntFunction;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The related stage's buckets, keyed by term (or near-duplicate band): a newcomer is scored against the members it
 * meets there, and each pair goes to both articles, keyed by their ids; the pairs for articles of one partition go
 * together ({@link PairBatches}).
 */
public final class RelatedBucketProcessor extends ContextualProcessor<String, BucketMessage, String, ArticleMessage> {

    private static final Duration EVICT_EVERY = Duration.ofMinutes(10);

    private final RelatedSettings settings;
    private final String membersStore;
    private final String statesStore;
    private final ToIntFunction<String> pairPartition;
    private CandidateBuckets buckets;
    private long newestPublished = Long.MIN_VALUE;

    /** @param pairPartitions partitions of the pairs topic, the by-id partitions its batches are grouped by */
    public RelatedBucketProcessor(RelatedSettings settings, String membersStore, String statesStore, int pairPartitions) {
        this.pairPartition = KeyPartitions.of(pairPartitions);
        this.settings = settings;
        this.membersStore = membersStore;
        this.statesStore = statesStore;
    }

    @Override
    public void init(ProcessorContext<String, ArticleMessage> context) {
        super.init(context);
        KeyValueStore<String, BucketMember> members = context.getStateStore(membersStore);
        KeyValueStore<String, BucketState> states = context.getStateStore(statesStore);
        buckets = new CandidateBuckets(settings, KeyValueRelatedStores.buckets(members, states));
        context.schedule(EVICT_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> {
            if (newestPublished != Long.MIN_VALUE) {
                buckets.evictBefore(newestPublished - settings.horizonMillis(), KeyValueRelatedStores.bucketKeys(states));
            }
        });
    }

    @Override
    public void process(Record<String, BucketMessage> record) {
        if (record.value() instanceof BucketMessage.Insert insert) {
            newestPublished = Math.max(newestPublished, insert.member().publishedAtMillis());
        }
        for (ArticleMessage pair : PairBatches.byPartition(buckets.receive(record.value()), pairPartition)) {
            context().forward(record.withKey(pair.targetId()).withValue(pair));
        }
    }
}
