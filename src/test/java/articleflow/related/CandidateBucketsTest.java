package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateBucketsTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final String KEY = "t|en|tarrow";

    /** A member whose profile is one shared term plus one of its own: cosine 0.5 with any other such member. */
    private static BucketMember member(String id, long version, long publishedAt) {
        long own = 1000 + Math.abs(id.hashCode() % 1000);
        float w = (float) Math.sqrt(0.5);
        TermProfile profile = new TermProfile(new long[] {7, own}, new float[] {w, w});
        return new BucketMember(new ArticleLink(id, "Title of " + id, "https://x.example/" + id, "t", "x"), version,
                publishedAt, profile, MinHashSignature.NONE);
    }

    private static List<String> pairedWith(List<ArticleMessage> out, String id) {
        return out.stream().map(m -> (ArticleMessage.PairScores) m).filter(p -> p.targetId().equals(id))
                .flatMap(p -> p.scores().stream()).map(p -> p.candidate().id()).toList();
    }

    @Test
    void shouldScoreANewcomerAgainstEveryMemberAndTellBothEnds() {
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, new InMemoryBucketStore());
        buckets.receive(new BucketMessage.Insert(KEY, member("a", 1, 0)));
        buckets.receive(new BucketMessage.Insert(KEY, member("b", 1, DAY)));

        List<ArticleMessage> out = buckets.receive(new BucketMessage.Insert(KEY, member("c", 1, 2 * DAY)));

        assertThat(pairedWith(out, "c")).containsExactlyInAnyOrder("a", "b");
        assertThat(pairedWith(out, "a")).containsExactly("c");
        assertThat(pairedWith(out, "b")).containsExactly("c");
        assertThat(out).flatMap(m -> ((ArticleMessage.PairScores) m).scores()).allSatisfy(p -> assertThat(p.score())
                .isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6)));
        // the newcomer hears of both pairs in one message: its list is read and written once
        assertThat(out).filteredOn(m -> m.targetId().equals("c")).hasSize(1);
    }

    @Test
    void shouldSendANewcomerItsPairsInMessagesOfBoundedSize() {
        RelatedSettings settings = RelatedSettings.DEFAULT;
        CandidateBuckets buckets = new CandidateBuckets(settings, new InMemoryBucketStore());
        int members = ArticleMessage.PairScores.MAX_SCORES + 3;
        for (int i = 0; i < members; i++) {
            buckets.receive(new BucketMessage.Insert(KEY, member("m" + i, 1, i)));
        }

        List<ArticleMessage> out = buckets.receive(new BucketMessage.Insert(KEY, member("c", 1, DAY)));

        List<ArticleMessage> toNewcomer = out.stream().filter(m -> m.targetId().equals("c")).toList();
        assertThat(toNewcomer).extracting(m -> ((ArticleMessage.PairScores) m).scores().size())
                .containsExactly(ArticleMessage.PairScores.MAX_SCORES, 3);
        assertThat(pairedWith(out, "c")).hasSize(members).doesNotHaveDuplicates();
        assertThat(out).hasSize(2 + members);
    }

    @Test
    void shouldNotReadTheMembersOfABucketThatNeverHadOne() {
        InMemoryBucketStore memory = new InMemoryBucketStore();
        List<String> rangesRead = new java.util.ArrayList<>();
        BucketStore counting = new BucketStore() {
            @Override
            public List<BucketMember> members(String bucketKey) {
                rangesRead.add(bucketKey);
                return memory.members(bucketKey);
            }

            @Override
            public void put(String bucketKey, BucketMember member) {
                memory.put(bucketKey, member);
            }

            @Override
            public void remove(String bucketKey, String id) {
                memory.remove(bucketKey, id);
            }

            @Override
            public BucketState state(String bucketKey) {
                return memory.state(bucketKey);
            }

            @Override
            public void putState(String bucketKey, BucketState state) {
                memory.putState(bucketKey, state);
            }

            @Override
            public BucketMember article(String id, long publishedAtMillis) {
                return memory.article(id, publishedAtMillis);
            }

            @Override
            public void putArticle(BucketMember member) {
                memory.putArticle(member);
            }

            @Override
            public void removeArticle(String id, long publishedAtMillis) {
                memory.removeArticle(id, publishedAtMillis);
            }

            @Override
            public void removeArticlesBefore(long cutoffMillis) {
                memory.removeArticlesBefore(cutoffMillis);
            }
        };
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, counting);

        // a near-duplicate band that no other article has: its bucket is empty, and known to be without a read
        assertThat(buckets.receive(new BucketMessage.Insert(List.of(KEY, "d|en|3|77"), member("a", 1, 0)))).isEmpty();
        assertThat(rangesRead).isEmpty();

        List<ArticleMessage> out = buckets.receive(new BucketMessage.Insert(KEY, member("b", 1, DAY)));
        assertThat(rangesRead).containsExactly(KEY);
        assertThat(pairedWith(out, "b")).containsExactly("a");

        buckets.receive(new BucketMessage.Removal(List.of("d|en|9|1", "d|en|3|77"), "a", 2));
        assertThat(rangesRead).containsExactly(KEY, "d|en|3|77");
        assertThat(memory.members("d|en|3|77")).isEmpty();
    }

    @Test
    void shouldFileANewcomerInEveryBucketOfAGroupedMessageAndPairItOnceWithAMemberMetInSeveral() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, store);
        BucketMember a = member("a", 1, 0);
        buckets.receive(new BucketMessage.Insert(List.of(KEY, "t|en|ferry"), a));
        buckets.receive(new BucketMessage.Insert("t|en|ferry", member("b", 1, DAY)));

        List<ArticleMessage> out = buckets.receive(new BucketMessage.Insert(List.of(KEY, "t|en|ferry"), member("c", 1, 2 * DAY)));

        // a sits in both of c's buckets, b in one: each pair once, to both ends
        assertThat(pairedWith(out, "c")).containsExactlyInAnyOrder("a", "b");
        assertThat(pairedWith(out, "a")).containsExactly("c");
        assertThat(pairedWith(out, "b")).containsExactly("c");
        assertThat(store.members(KEY)).extracting(BucketMember::id).containsExactlyInAnyOrder("a", "c");
        assertThat(store.members("t|en|ferry")).extracting(BucketMember::id).containsExactlyInAnyOrder("a", "b", "c");

        buckets.receive(new BucketMessage.Removal(List.of(KEY, "t|en|ferry"), "a", 2));
        assertThat(store.members(KEY)).extracting(BucketMember::id).containsExactly("c");
        assertThat(store.members("t|en|ferry")).extracting(BucketMember::id).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void shouldNotPairBelowTheThresholdOrBeyondTheHorizon() {
        RelatedSettings settings = RelatedSettings.DEFAULT.withHorizon(Duration.ofDays(3)).withMinScore(0.6);
        CandidateBuckets buckets = new CandidateBuckets(settings, new InMemoryBucketStore());
        buckets.receive(new BucketMessage.Insert(KEY, member("a", 1, 0)));

        assertThat(buckets.receive(new BucketMessage.Insert(KEY, member("b", 1, DAY)))).isEmpty();
        CandidateBuckets lenient = new CandidateBuckets(settings.withMinScore(0.1), new InMemoryBucketStore());
        lenient.receive(new BucketMessage.Insert(KEY, member("a", 1, 0)));
        assertThat(lenient.receive(new BucketMessage.Insert(KEY, member("far", 1, 4 * DAY)))).isEmpty();
    }

    @Test
    void shouldEvictTheEarliestPublishedNotTheEarliestArrivedBeyondTheCap() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT.withBucketCap(2), store);
        buckets.receive(new BucketMessage.Insert(KEY, member("new", 1, 5 * DAY)));
        buckets.receive(new BucketMessage.Insert(KEY, member("newer", 1, 6 * DAY)));
        // arrives last, published first: it is the one that goes
        buckets.receive(new BucketMessage.Insert(KEY, member("late", 1, DAY)));

        assertThat(store.members(KEY)).extracting(BucketMember::id).containsExactlyInAnyOrder("new", "newer");
    }

    @Test
    void shouldStopProducingCandidatesForATermCommonWithinTheHorizon() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        CandidateBuckets buckets = new CandidateBuckets(
                RelatedSettings.DEFAULT.withBucketCap(3).withHorizon(Duration.ofDays(10)), store);
        for (int i = 0; i < 4; i++) {
            buckets.receive(new BucketMessage.Insert(KEY, member("a" + i, 1, i * DAY)));
        }
        // four articles within ten days: the cap of three had to evict, so the term is common here
        assertThat(buckets.receive(new BucketMessage.Insert(KEY, member("b", 1, 5 * DAY)))).isEmpty();
        assertThat(store.members(KEY)).hasSize(3);

        // beyond the horizon of that eviction the term is useful again
        assertThat(buckets.receive(new BucketMessage.Insert(KEY, member("c", 1, 12 * DAY)))).isNotEmpty();
    }

    @Test
    void shouldReplaceAnOlderVersionAndIgnoreAStaleOne() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, store);
        buckets.receive(new BucketMessage.Insert(KEY, member("a", 1, 0)));
        buckets.receive(new BucketMessage.Insert(KEY, member("b", 1, 0)));

        List<ArticleMessage> corrected = buckets.receive(new BucketMessage.Insert(KEY, member("a", 2, 0)));
        List<ArticleMessage> stale = buckets.receive(new BucketMessage.Insert(KEY, member("a", 1, 0)));

        assertThat(pairedWith(corrected, "b")).containsExactly("a");
        assertThat(stale).isEmpty();
        assertThat(store.members(KEY)).filteredOn(m -> m.id().equals("a")).extracting(BucketMember::version)
                .containsExactly(2L);
    }

    @Test
    void shouldTakeOutOnlyVersionsOlderThanTheRemoval() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, store);
        buckets.receive(new BucketMessage.Insert(KEY, member("a", 3, 0)));

        buckets.receive(new BucketMessage.Removal(KEY, "a", 3));
        assertThat(store.members(KEY)).hasSize(1);
        buckets.receive(new BucketMessage.Removal(KEY, "a", 4));
        assertThat(store.members(KEY)).isEmpty();
    }

    @Test
    void shouldForgetMembersAndBucketsBeyondTheHorizonOnEviction() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, store);
        buckets.receive(new BucketMessage.Insert(KEY, member("old", 1, 0)));
        buckets.receive(new BucketMessage.Insert("t|en|other", member("recent", 1, 40 * DAY)));

        buckets.evictBefore(10 * DAY, store.bucketKeys());

        assertThat(store.bucketKeys()).containsExactly("t|en|other");
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void shouldKeepAnArticleWholeOnceAndFileReferencesInItsTermBuckets() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, store);
        BucketMember a = member("a", 1, 0);
        buckets.receive(new BucketMessage.Insert(List.of(KEY, "t|en|ferry", "t|en|harbour"), a));

        // three buckets, one profile: the buckets hold only what names it
        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.article("a", 0)).isEqualTo(a);
        for (String key : List.of(KEY, "t|en|ferry", "t|en|harbour")) {
            assertThat(store.members(key)).singleElement().satisfies(filed -> {
                assertThat(filed.isReference()).isTrue();
                assertThat(filed.profile().size()).isZero();
                assertThat(filed.version()).isEqualTo(1);
            });
        }

        // a newcomer meeting a reference is scored against the whole member, and hears its title and url
        List<ArticleMessage> out = buckets.receive(new BucketMessage.Insert("t|en|ferry", member("b", 1, DAY)));
        ArticleMessage.Score toB = ((ArticleMessage.PairScores) out.stream().filter(m -> m.targetId().equals("b"))
                .findFirst().orElseThrow()).scores().get(0);
        assertThat(toB.candidate().link()).isEqualTo(a.link());
        assertThat(toB.score()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void shouldDropTheWholeMemberWithItsRemovalItsCorrectionOrTheHorizon() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, store);
        buckets.receive(new BucketMessage.Insert(List.of(KEY, "t|en|ferry"), member("a", 1, 0)));
        buckets.receive(new BucketMessage.Insert(List.of(KEY), member("b", 1, DAY)));

        // a correction published at another time: the old whole member goes, the new one stays
        buckets.receive(new BucketMessage.Removal(List.of("t|en|ferry"), "a", 2));
        buckets.receive(new BucketMessage.Insert(List.of(KEY), member("a", 2, 2 * DAY)));
        assertThat(store.article("a", 0)).isNull();
        assertThat(store.article("a", 2 * DAY).version()).isEqualTo(2);

        buckets.receive(new BucketMessage.Removal(List.of(KEY), "b", 2));
        assertThat(store.article("b", DAY)).isNull();

        buckets.evictBefore(3 * DAY, store.bucketKeys());
        assertThat(store.articleCount()).isZero();
        assertThat(store.size()).isZero();
    }

    @Test
    void shouldNotPairWithAReferenceWhoseWholeMemberIsGone() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, store);
        buckets.receive(new BucketMessage.Insert(List.of(KEY, "t|en|ferry"), member("a", 1, 0)));
        // the removal reached one of a's buckets so far: its other reference names nothing any more
        buckets.receive(new BucketMessage.Removal(List.of("t|en|ferry"), "a", 2));

        assertThat(buckets.receive(new BucketMessage.Insert(KEY, member("b", 1, DAY)))).isEmpty();
    }

    @Test
    void shouldStillPairWithMembersFiledWholeBeforeReferences() {
        InMemoryBucketStore store = new InMemoryBucketStore();
        // as a store written by an earlier release holds them: the whole member in the bucket
        store.put(KEY, member("a", 1, 0));
        store.putState(KEY, new BucketState(0, Long.MIN_VALUE));
        CandidateBuckets buckets = new CandidateBuckets(RelatedSettings.DEFAULT, store);

        assertThat(pairedWith(buckets.receive(new BucketMessage.Insert(KEY, member("b", 1, DAY))), "b"))
                .containsExactly("a");
    }
}
