package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Exact sizes in the compact encoding, and the state records they measure. */
class WireSizeTest {

    private static final ArticleLink LINK = new ArticleLink("b", "T", "u", "p", "s");
    private static final Candidate CANDIDATE = new Candidate(LINK, 1, 2, MinHashSignature.NONE);

    private static RelatedState state() {
        Map<String, Long> fences = new LinkedHashMap<>();
        fences.put("z", 7L);
        fences.put("c", 1L);
        Map<String, RelatedState.Partner> partners = new LinkedHashMap<>();
        partners.put("y", new RelatedState.Partner(4, 0.25));
        partners.put("d", new RelatedState.Partner(1, 0.5));
        return new RelatedState("a1", 3, false, "en", 100L, MinHashSignature.NONE, List.of("k1"), List.of("ferry"),
                List.of(new RelatedEntry(CANDIDATE, 0.5)), List.of(CANDIDATE), fences, partners);
    }

    @Test
    void shouldSizeStringsAsALengthAndUtf8() {
        assertThat(WireSize.of((String) null)).isEqualTo(2);
        assertThat(WireSize.of("ab")).isEqualTo(4);
        assertThat(WireSize.of("\u00fc")).isEqualTo(4);
        assertThat(WireSize.of(LINK)).isEqualTo(15);
        assertThat(WireSize.of(CANDIDATE)).isEqualTo(15 + 8 + 8 + 1);
    }

    @Test
    void shouldSizeIndexedTerms() {
        // id 4, version 8, language 4, published 8, count 4, three terms of 8
        assertThat(WireSize.of(new IndexedTerms("a1", 3, "en", 100L, new long[] {5, 2, 9}))).isEqualTo(52);
        assertThat(WireSize.of(new IndexedTerms("a1", 3, "en", 100L, new long[0]))).isEqualTo(28);
    }

    @Test
    void shouldSizeARelatedState() {
        // id 4 + version 8 + withdrawn 1 + language 4 + published 8 + signature 1 = 26; key 4; keyword 7;
        // entry 32 + 8; duplicate 32; fences (3 + 8) twice; partners (3 + 8 + 8) twice
        assertThat(WireSize.of(state())).isEqualTo(26 + 4 + 7 + 40 + 32 + 22 + 38);
    }

    @Test
    void shouldKeepWhatARelatedStateWasGivenAndCopyIt() {
        RelatedState state = state();
        for (RelatedState s : List.of(state, state.copy())) {
            assertThat(s.id()).isEqualTo("a1");
            assertThat(s.version()).isEqualTo(3);
            assertThat(s.withdrawn()).isFalse();
            assertThat(s.language()).isEqualTo("en");
            assertThat(s.publishedAtMillis()).isEqualTo(100L);
            assertThat(s.signature()).isEqualTo(MinHashSignature.NONE);
            assertThat(s.bucketKeys()).containsExactly("k1");
            assertThat(s.keywords()).containsExactly("ferry");
            assertThat(s.entries()).containsExactly(new RelatedEntry(CANDIDATE, 0.5));
            assertThat(s.duplicates()).containsExactly(CANDIDATE);
            assertThat(s.fences()).isEqualTo(Map.of("z", 7L, "c", 1L));
            assertThat(s.orderedFences().keySet()).containsExactly("z", "c");
            assertThat(s.partners()).isEqualTo(Map.of("y", new RelatedState.Partner(4, 0.25),
                    "d", new RelatedState.Partner(1, 0.5)));
            assertThat(s.orderedPartners().keySet()).containsExactly("y", "d");
        }
        assertThat(state.copy()).isNotSameAs(state);
        RelatedState withdrawn = new RelatedState("w", 2, true, "de", 0L, MinHashSignature.NONE, List.of(), List.of(),
                List.of(), List.of(), Map.of(), Map.of());
        assertThat(withdrawn.copy().withdrawn()).isTrue();
    }

    @Test
    void shouldSortTheTermsOfAnIndexedVersionAndCompareByValue() {
        long[] ids = {5, 2, 9};
        IndexedTerms terms = new IndexedTerms("a1", 3, "en", 100L, ids);
        ids[0] = 0;

        assertThat(terms.terms()).containsExactly(2, 5, 9);
        assertThat(terms).isEqualTo(new IndexedTerms("a1", 3, "en", 100L, new long[] {9, 5, 2}));
        assertThat(terms).isNotEqualTo(new IndexedTerms("a2", 3, "en", 100L, new long[] {2, 5, 9}));
        assertThat(terms).isNotEqualTo(new IndexedTerms("a1", 4, "en", 100L, new long[] {2, 5, 9}));
        assertThat(terms).isNotEqualTo(new IndexedTerms("a1", 3, "de", 100L, new long[] {2, 5, 9}));
        assertThat(terms).isNotEqualTo(new IndexedTerms("a1", 3, "en", 101L, new long[] {2, 5, 9}));
        assertThat(terms).isNotEqualTo(new IndexedTerms("a1", 3, "en", 100L, new long[] {2, 5}));
        assertThat(terms).isNotEqualTo("a1");
        assertThat(terms.hashCode()).isEqualTo("a1".hashCode() * 31 + Long.hashCode(3));
        assertThat(terms.toString()).isEqualTo("IndexedTerms[a1 v3, 3 terms]");
    }

    @Test
    void shouldSizeProfilesSignaturesAndMessages() {
        TermProfile profile = new TermProfile(new long[] {1, 2}, new float[] {0.6f, 0.8f});
        short[] values = new short[MinHashSignature.SIZE];
        values[0] = 7;
        MinHashSignature signature = new MinHashSignature(values);
        BucketMember member = new BucketMember(LINK, 1, 2, profile, signature);

        // a count and 12 bytes a term
        assertThat(WireSize.of(profile)).isEqualTo(2 + 24);
        assertThat(WireSize.of(TermProfile.EMPTY)).isEqualTo(2);
        // a length byte and two bytes a value
        assertThat(WireSize.of(signature)).isEqualTo(1 + 128);
        assertThat(WireSize.of(member)).isEqualTo(15 + 8 + 8 + 26 + 129);
        // a kind byte, a count of bucket keys and the keys
        assertThat(WireSize.of(new BucketMessage.Insert("k1", member))).isEqualTo(1 + 4 + 4 + 186);
        assertThat(WireSize.of(new BucketMessage.Removal("k1", "abc", 3))).isEqualTo(1 + 4 + 4 + 5 + 8);
        // buckets grouped in one message share the member
        assertThat(WireSize.of(new BucketMessage.Insert(List.of("k1", "k22"), member))).isEqualTo(1 + 4 + 4 + 5 + 186);
        // a kind byte, the target and its version, a count of pairs, then each pair
        assertThat(WireSize.of(new ArticleMessage.PairScores("abc", 2, CANDIDATE, 0.5, 0.25)))
                .isEqualTo(1 + 5 + 8 + 4 + 32 + 8 + 8);
        assertThat(WireSize.of(new ArticleMessage.PairScores("abc", 2, List.of(
                new ArticleMessage.Score(CANDIDATE, 0.5, 0.25), new ArticleMessage.Score(CANDIDATE, 0.4, 0)))))
                .isEqualTo(1 + 5 + 8 + 4 + 2 * (32 + 8 + 8));
        assertThat(WireSize.of(new ArticleMessage.Retraction("abc", "de", 3))).isEqualTo(1 + 5 + 4 + 8);
    }

    @Test
    void shouldCutLongTitlesUrlsAndSourcesWithoutSplittingACharacter() {
        String title = "t".repeat(ArticleLink.MAX_TITLE);
        assertThat(new ArticleLink("a", title, "u", "p", "s").title()).isEqualTo(title);
        assertThat(new ArticleLink("a", title + "x", "u", "p", "s").title()).isEqualTo(title);
        String split = "t".repeat(ArticleLink.MAX_TITLE - 1) + "\uD83D\uDE00";
        assertThat(new ArticleLink("a", split, "u", "p", "s").title()).isEqualTo("t".repeat(ArticleLink.MAX_TITLE - 1));
        assertThat(new ArticleLink("a", "t", "u".repeat(ArticleLink.MAX_URL + 1), "p", "s").url())
                .hasSize(ArticleLink.MAX_URL);
        assertThat(new ArticleLink("a", "t", "u", "p", "s".repeat(ArticleLink.MAX_SOURCE + 1)).source())
                .hasSize(ArticleLink.MAX_SOURCE);
        assertThat(new ArticleLink("a", null, null, null, null).title()).isNull();
    }

    @Test
    void shouldCompareSignaturesByValue() {
        short[] values = new short[MinHashSignature.SIZE];
        values[0] = -1;
        MinHashSignature signature = new MinHashSignature(values.clone());
        assertThat(signature).isEqualTo(new MinHashSignature(values.clone()));
        values[1] = 2;
        assertThat(signature).isNotEqualTo(new MinHashSignature(values));
        assertThat(signature).isNotEqualTo("signature");
        assertThat(signature.hashCode()).isEqualTo(java.util.Arrays.hashCode(signature.values()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MinHashSignature(new short[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a signature has 64 values or none");
        assertThat(signature.toString()).isEqualTo("MinHashSignature[65535, ...]");
        assertThat(MinHashSignature.NONE.toString()).isEqualTo("MinHashSignature[none]");
    }
}
