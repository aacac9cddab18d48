package articleflow.topology.stages;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.related.ArticleLink;
import articleflow.related.BucketMember;
import articleflow.related.BucketState;
import articleflow.related.BucketStore;
import articleflow.related.MinHashSignature;
import articleflow.related.TermProfile;
import articleflow.topology.wire.RelatedCodecs;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyValueRelatedStoresTest {

    private BucketStore buckets;

    @BeforeEach
    void stores() {
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        KeyValueStore<String, BucketMember> members = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("members"),
                Serdes.String(), RelatedCodecs.BUCKET_MEMBER.serde()).withLoggingDisabled().build();
        KeyValueStore<String, BucketState> states = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("states"),
                Serdes.String(), RelatedCodecs.BUCKET_STATE.serde()).withLoggingDisabled().build();
        members.init(context.getStateStoreContext(), members);
        states.init(context.getStateStoreContext(), states);
        buckets = KeyValueRelatedStores.buckets(members, states);
    }

    private static BucketMember whole(String id, long publishedAt) {
        return new BucketMember(new ArticleLink(id, "Title of " + id, "https://x.example/" + id, "t", "x"), 1,
                publishedAt, new TermProfile(new long[] {7}, new float[] {1f}), MinHashSignature.NONE);
    }

    @Test
    void shouldFindAWholeMemberByIdAndTimeAndKeepItOutOfEveryBucket() {
        BucketMember ferry = whole("ferry", 1_000);
        buckets.putArticle(ferry);
        buckets.put("t|en|ferry", ferry.reference());

        assertThat(buckets.article("ferry", 1_000)).isEqualTo(ferry);
        assertThat(buckets.article("ferry", 999)).isNull();
        assertThat(buckets.members("t|en|ferry")).containsExactly(ferry.reference());
    }

    @Test
    void shouldDropTheWholeMembersPublishedBeforeTheCutoffAcrossTheSignOfTime() {
        for (long time : new long[] {Long.MIN_VALUE + 1, -86_400_000L, -1, 0, 1, 86_400_000L, Long.MAX_VALUE}) {
            buckets.putArticle(whole("at" + time, time));
        }
        BucketMember filed = whole("filed", -86_400_000L).reference();
        buckets.put("t|en|ferry", filed);

        buckets.removeArticlesBefore(1);

        assertThat(buckets.article("at-1", -1)).isNull();
        assertThat(buckets.article("at" + (Long.MIN_VALUE + 1), Long.MIN_VALUE + 1)).isNull();
        assertThat(buckets.article("at0", 0)).isNull();
        assertThat(buckets.article("at1", 1)).isNotNull();
        assertThat(buckets.article("at86400000", 86_400_000L)).isNotNull();
        assertThat(buckets.article("at" + Long.MAX_VALUE, Long.MAX_VALUE)).isNotNull();
        assertThat(buckets.members("t|en|ferry")).as("bucket entries are not whole members").containsExactly(filed);
    }
}
