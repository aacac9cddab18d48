package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BucketMessagesTest {

    /** Two partitions: buckets ending in an even digit on 0, odd on 1. */
    private static int partitionOf(String key) {
        return (key.charAt(key.length() - 1) - '0') % 2;
    }

    private static BucketMember member(String id) {
        return new BucketMember(new ArticleLink(id, "Title", "https://x.example/" + id, "t", "x"), 1, 0,
                TermProfile.EMPTY, MinHashSignature.NONE);
    }

    @Test
    void shouldSendOneMemberOnceToEachPartitionHoldingOneOfItsBuckets() {
        BucketMember terms = member("a");
        BucketMember bands = member("a");
        List<BucketMessage> single = List.of(
                new BucketMessage.Insert("t1", terms), new BucketMessage.Insert("t2", terms),
                new BucketMessage.Insert("t3", terms), new BucketMessage.Insert("t4", terms),
                new BucketMessage.Insert("d1", bands), new BucketMessage.Insert("d3", bands));

        List<BucketMessage> grouped = BucketMessages.byPartition(single, BucketMessagesTest::partitionOf);

        // the band member is another member (no profile): its buckets are not merged with the term member's
        assertThat(grouped).containsExactly(
                new BucketMessage.Insert(List.of("t1", "t3"), terms), new BucketMessage.Insert(List.of("t2", "t4"), terms),
                new BucketMessage.Insert(List.of("d1", "d3"), bands));
        // each message travels under a key of the partition all its buckets live on
        for (BucketMessage message : grouped) {
            assertThat(message.bucketKeys()).allSatisfy(key ->
                    assertThat(partitionOf(key)).isEqualTo(partitionOf(message.bucketKey())));
        }
    }

    @Test
    void shouldGroupRemovalsOfOneVersionAndKeepOtherVersionsApart() {
        List<BucketMessage> single = List.of(
                new BucketMessage.Removal("t1", "a", 2), new BucketMessage.Removal("t3", "a", 2),
                new BucketMessage.Removal("t5", "a", 3), new BucketMessage.Removal("t2", "b", 2));

        assertThat(BucketMessages.byPartition(single, BucketMessagesTest::partitionOf)).containsExactly(
                new BucketMessage.Removal(List.of("t1", "t3"), "a", 2), new BucketMessage.Removal("t5", "a", 3),
                new BucketMessage.Removal("t2", "b", 2));
    }

    @Test
    void shouldLeaveASingleMessageAsItIs() {
        List<BucketMessage> one = List.of(new BucketMessage.Removal("t1", "a", 2));

        assertThat(BucketMessages.byPartition(one, BucketMessagesTest::partitionOf)).isSameAs(one);
        assertThat(BucketMessages.byPartition(List.of(), BucketMessagesTest::partitionOf)).isEmpty();
    }
}
