package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

    private static IndexedTerms article(String id, String language, long... terms) {
        return new IndexedTerms(id, 1, language, 0, terms);
    }

    @Test
    void shouldCountEachArticleOncePerDistinctTermAndLanguage() {
        PartitionDocumentFrequencies df = new PartitionDocumentFrequencies();
        df.add(article("a", "en", 1, 2, 3));
        df.add(article("b", "en", 2, 3));
        df.add(article("c", "de", 3));

        assertThat(df.documentCount("en")).isEqualTo(2);
        assertThat(df.documentCount("de")).isEqualTo(1);
        assertThat(df.documentFrequency(3)).isEqualTo(3);
        assertThat(df.idf("en", 1)).isGreaterThan(df.idf("en", 2));
    }

    @Test
    void shouldCountOutWithdrawnAndEvictedArticles() {
        PartitionDocumentFrequencies df = new PartitionDocumentFrequencies();
        IndexedTerms a = article("a", "en", 1, 2);
        df.add(a);
        df.add(article("b", "en", 2));
        df.remove(a);

        assertThat(df.documentCount("en")).isEqualTo(1);
        assertThat(df.documentFrequency(1)).isZero();
        assertThat(df.documentFrequency(2)).isEqualTo(1);
        assertThat(df.vocabularySize()).isEqualTo(1);
    }

    @Test
    void shouldBeRebuiltExactlyFromTheStoreAfterARestore() {
        List<IndexedTerms> stored = List.of(article("a", "en", 1, 2), article("b", "en", 2, 5));
        PartitionDocumentFrequencies live = new PartitionDocumentFrequencies();
        stored.forEach(live::add);
        live.add(article("gone", "en", 1, 9));
        live.remove(article("gone", "en", 1, 9));

        PartitionDocumentFrequencies rebuilt = PartitionDocumentFrequencies.rebuild(stored);

        for (long term : new long[] {1, 2, 5, 9}) {
            assertThat(rebuilt.documentFrequency(term)).isEqualTo(live.documentFrequency(term));
        }
        assertThat(rebuilt.documentCount("en")).isEqualTo(live.documentCount("en"));
    }

    @Test
    void shouldIgnoreIndexingWhenFrozen() {
        FrozenDocumentFrequencies frozen = FrozenDocumentFrequencies.of(List.of(article("a", "en", 1)));
        frozen.add(article("b", "en", 1, 2));

        assertThat(frozen.documentCount("en")).isEqualTo(1);
        assertThat(frozen.documentFrequency(1)).isEqualTo(1);
        assertThat(frozen.documentFrequency(2)).isZero();
        assertThat(frozen.idf("en", 2)).isEqualTo(Math.log(2.0) + 1);
    }
}
