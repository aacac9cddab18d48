package articleflow.topology.wire;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.related.ArticleLink;
import articleflow.related.ArticleMessage;
import articleflow.related.BucketMember;
import articleflow.related.BucketMessage;
import articleflow.related.Candidate;
import articleflow.related.IndexedTerms;
import articleflow.related.MinHashSignature;
import articleflow.related.TermProfile;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedCodecsTest {

    @Test
    void shouldKeepCountedTermsWithTheirSnapshotOfFrequencies() {
        IndexedTerms counted = new IndexedTerms("a-1", 3, "de", 1_700_000_000_000L, new long[] {-5, 7, 42}, 120,
                new int[] {1, 9, 120});

        IndexedTerms read = RelatedCodecs.INDEXED_TERMS.fromBytes(RelatedCodecs.INDEXED_TERMS.toBytes(counted));

        assertThat(read).isEqualTo(counted);
        assertThat(read.snapshot().documentCount("de")).isEqualTo(120);
        assertThat(read.snapshot().documentFrequency(7)).isEqualTo(9);
    }

    @Test
    void shouldKeepTermsCountedWithoutASnapshot() {
        IndexedTerms counted = new IndexedTerms("a-1", 1, "en", 0, new long[] {3, 1, 2});

        IndexedTerms read = RelatedCodecs.INDEXED_TERMS.fromBytes(RelatedCodecs.INDEXED_TERMS.toBytes(counted));

        assertThat(read).isEqualTo(counted);
        assertThat(read.terms()).containsExactly(1, 2, 3);
        assertThat(read.hasSnapshot()).isFalse();
    }

    @Test
    void shouldReadARecordWrittenBeforeSnapshotsAsCountedWithoutOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            writeString(out, "a-1");
            out.writeLong(2);
            writeString(out, "fr");
            out.writeLong(1_700_000_000_000L);
            out.writeInt(2);
            out.writeLong(11);
            out.writeLong(12);
        }

        IndexedTerms read = RelatedCodecs.INDEXED_TERMS.fromBytes(bytes.toByteArray());

        assertThat(read).isEqualTo(new IndexedTerms("a-1", 2, "fr", 1_700_000_000_000L, new long[] {11, 12}));
    }

    @Test
    void shouldCarryAMemberOnceForAllTheBucketsOfAGroupedMessage() {
        BucketMember member = new BucketMember(new ArticleLink("a-1", "Title", "https://x.example/a-1", "t", "x"), 2,
                1_700_000_000_000L, new TermProfile(new long[] {1, 2}, new float[] {0.6f, 0.8f}), MinHashSignature.NONE);
        BucketMessage grouped = new BucketMessage.Insert(List.of("t|en|ferry", "t|en|harbour"), member);

        byte[] bytes = RelatedCodecs.BUCKET_MESSAGE.toBytes(grouped);
        BucketMessage.Insert read = (BucketMessage.Insert) RelatedCodecs.BUCKET_MESSAGE.fromBytes(bytes);

        assertThat(read.bucketKeys()).containsExactly("t|en|ferry", "t|en|harbour");
        assertThat(read.bucketKey()).isEqualTo("t|en|ferry");
        assertThat(read.member().id()).isEqualTo("a-1");
        assertThat(read.member().profile().cosine(member.profile())).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(bytes.length).isLessThan(2 * RelatedCodecs.BUCKET_MESSAGE.toBytes(new BucketMessage.Insert("t|en|ferry", member)).length);
        BucketMessage removal = new BucketMessage.Removal(List.of("t|en|ferry", "d|en|3|77"), "a-1", 3);
        assertThat(RelatedCodecs.BUCKET_MESSAGE.fromBytes(RelatedCodecs.BUCKET_MESSAGE.toBytes(removal))).isEqualTo(removal);
    }

    @Test
    void shouldCarryANewcomersPairsInOneMessageAndReadAPairWrittenBeforeThey() {
        Candidate first = new Candidate(new ArticleLink("b-1", "Title", "https://x.example/b-1", "t", "x"), 3,
                1_700_000_000_000L, MinHashSignature.NONE);
        Candidate second = new Candidate(new ArticleLink("c-1", "Other", "https://x.example/c-1", "t", "y"), 1,
                1_700_000_060_000L, MinHashSignature.NONE);
        ArticleMessage.PairScores pairs = new ArticleMessage.PairScores("a-1", 2, List.of(
                new ArticleMessage.Score(first, 0.5, 0.25), new ArticleMessage.Score(second, 0.375, 0)));

        assertThat(RelatedCodecs.ARTICLE_MESSAGE.fromBytes(RelatedCodecs.ARTICLE_MESSAGE.toBytes(pairs))).isEqualTo(pairs);
        ArticleMessage retraction = new ArticleMessage.Retraction("a-1", "b-1", 4);
        assertThat(RelatedCodecs.ARTICLE_MESSAGE.fromBytes(RelatedCodecs.ARTICLE_MESSAGE.toBytes(retraction)))
                .isEqualTo(retraction);

        // the single pair of earlier versions: kind 0, and no count before its one candidate
        byte[] grouped = RelatedCodecs.ARTICLE_MESSAGE.toBytes(new ArticleMessage.PairScores("a-1", 2, first, 0.5, 0.25));
        int countAt = 1 + 1 + 4 + "a-1".length() + 8;
        byte[] single = new byte[grouped.length - 4];
        System.arraycopy(grouped, 0, single, 0, countAt);
        System.arraycopy(grouped, countAt + 4, single, countAt, grouped.length - countAt - 4);
        single[1] = 0;
        assertThat(RelatedCodecs.ARTICLE_MESSAGE.fromBytes(single))
                .isEqualTo(new ArticleMessage.PairScores("a-1", 2, first, 0.5, 0.25));

        // a kind no version wrote, or a count no message holds, is refused rather than read as something else
        byte[] unknown = grouped.clone();
        unknown[1] = 7;
        byte[] tooMany = grouped.clone();
        tooMany[countAt + 3] = (byte) (ArticleMessage.PairScores.MAX_SCORES + 1);
        for (byte[] bad : List.of(unknown, tooMany)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RelatedCodecs.ARTICLE_MESSAGE.fromBytes(bad))
                    .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class);
        }
    }

    @Test
    void shouldCarryPairsForSeveralArticlesOfOnePartitionInOneRecord() {
        Candidate newcomer = new Candidate(new ArticleLink("n-1", "New", "https://x.example/n-1", "t", "x"), 1,
                1_700_000_000_000L, MinHashSignature.NONE);
        ArticleMessage.PairBatch batch = new ArticleMessage.PairBatch(List.of(
                new ArticleMessage.PairScores("a-1", 2, newcomer, 0.5, 0.25),
                new ArticleMessage.PairScores("a-7", 1, newcomer, 0.125, 0)));

        byte[] bytes = RelatedCodecs.ARTICLE_MESSAGE.toBytes(batch);

        assertThat(RelatedCodecs.ARTICLE_MESSAGE.fromBytes(bytes)).isEqualTo(batch);
        // a batch of one message, or of more than a batch carries, is refused rather than read as something else
        for (int claimed : List.of(1, ArticleMessage.PairScores.MAX_SCORES + 1)) {
            byte[] bad = bytes.clone();
            bad[1 + 1 + 3] = (byte) claimed;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RelatedCodecs.ARTICLE_MESSAGE.fromBytes(bad))
                    .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class);
        }
    }

    @Test
    void shouldReadASingleBucketRemovalWrittenBeforeMessagesWereGrouped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1); // the binary format
            out.writeByte(1); // a removal
            writeString(out, "t|en|ferry");
            writeString(out, "a-1");
            out.writeLong(4);
        }

        BucketMessage read = RelatedCodecs.BUCKET_MESSAGE.fromBytes(bytes.toByteArray());

        assertThat(read).isEqualTo(new BucketMessage.Removal("t|en|ferry", "a-1", 4));
    }

    @Test
    void shouldLayOutAMemberNumberByNumberAsTheFirstBinaryFormatDid() throws IOException {
        short[] signature = new short[64];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = (short) (i * 1_031 - 30_000);
        }
        BucketMember member = new BucketMember(new ArticleLink("a-1", "Title", "https://x.example/a-1", "t", "x"), 2,
                1_700_000_000_000L, new TermProfile(new long[] {-9, 2, Long.MAX_VALUE}, new float[] {0.6f, 0.7f, 0.4f}),
                new MinHashSignature(signature));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1); // the binary format
            for (String field : List.of("a-1", "Title", "https://x.example/a-1", "t", "x")) {
                writeString(out, field);
            }
            out.writeLong(2);
            out.writeLong(1_700_000_000_000L);
            out.writeInt(3);
            out.writeLong(-9);
            out.writeFloat(0.6f);
            out.writeLong(2);
            out.writeFloat(0.7f);
            out.writeLong(Long.MAX_VALUE);
            out.writeFloat(0.4f);
            out.writeByte(signature.length);
            for (short value : signature) {
                out.writeShort(value);
            }
        }

        assertThat(RelatedCodecs.BUCKET_MEMBER.toBytes(member)).isEqualTo(bytes.toByteArray());
        assertThat(RelatedCodecs.BUCKET_MEMBER.fromBytes(bytes.toByteArray())).isEqualTo(member);
    }

    @Test
    void shouldRefuseAProfileLongerThanItsRecord() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            for (String field : List.of("a-1", "Title", "https://x.example/a-1", "t", "x")) {
                writeString(out, field);
            }
            out.writeLong(2);
            out.writeLong(1_700_000_000_000L);
            out.writeInt(Integer.MAX_VALUE); // a corrupt length: no record holds that many terms
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RelatedCodecs.BUCKET_MEMBER.fromBytes(bytes.toByteArray()))
                .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        // the codec's string: UTF-8 bytes after their length
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
