package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.analysis.TextAnalyzer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TermCounterTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final String HARBOUR = "The harbour bridge closes for repairs. Engineers found rust on the harbour bridge.";
    private static final String FERRY = "Ferries carry commuters across the river while the harbour bridge is closed.";
    private static final String MUSEUM = "The museum opens a new wing for maritime paintings next spring.";

    private final InMemoryRelatedStores stores = new InMemoryRelatedStores();
    private final PartitionDocumentFrequencies frequencies = new PartitionDocumentFrequencies();
    private final TermCounter counter =
            new TermCounter(new TextAnalyzer(), RelatedSettings.DEFAULT, frequencies, stores.terms());

    @Test
    void shouldSnapshotTheFrequenciesAsTheyWereWhenTheVersionWasCounted() {
        IndexedTerms first = counter.count("a", 1, "en", 0, "Bridge closes", HARBOUR);
        counter.count("b", 1, "en", DAY, "Ferries instead", FERRY);
        counter.count("c", 1, "en", 2 * DAY, "Museum wing", MUSEUM);

        long bridge = termOf("bridge");
        assertThat(first.snapshot().documentCount("en")).as("only itself when counted").isEqualTo(1);
        assertThat(first.snapshot().documentFrequency(bridge)).isEqualTo(1);
        assertThat(counter.counted("b").snapshot().documentCount("en")).isEqualTo(2);
        assertThat(counter.counted("b").snapshot().documentFrequency(bridge)).isEqualTo(2);
        assertThat(frequencies.documentCount("en")).as("the partition now").isEqualTo(3);
        assertThat(frequencies.documentFrequency(bridge)).isEqualTo(2);
    }

    @Test
    void shouldCountACorrectionInPlaceOfTheVersionBeforeAndIgnoreAnOlderOne() {
        counter.count("a", 1, "en", 0, "Bridge closes", HARBOUR);
        counter.count("a", 2, "en", 0, "Museum wing", MUSEUM);
        IndexedTerms stale = counter.count("a", 1, "en", 0, "Bridge closes", HARBOUR);

        assertThat(stale.version()).isEqualTo(2);
        assertThat(frequencies.documentCount("en")).isEqualTo(1);
        assertThat(frequencies.documentFrequency(termOf("bridge"))).isZero();
        assertThat(frequencies.documentFrequency(termOf("museum"))).isEqualTo(1);
    }

    @Test
    void shouldCountOutAWithdrawnArticleAndThoseBehindTheHorizon() {
        counter.count("old", 1, "en", 0, "Bridge closes", HARBOUR);
        counter.count("new", 1, "en", 40 * DAY, "Ferries instead", FERRY);
        counter.count("gone", 1, "en", 40 * DAY, "Museum wing", MUSEUM);

        counter.uncount("gone");
        counter.evict(40 * DAY);

        assertThat(counter.counted("old")).as("more than 30 days behind").isNull();
        assertThat(counter.counted("gone")).isNull();
        assertThat(counter.counted("new")).isNotNull();
        assertThat(frequencies.documentCount("en")).isEqualTo(1);
        assertThat(frequencies.documentFrequency(termOf("museum"))).isZero();
    }

    @Test
    void shouldRebuildTheSameFrequenciesFromTheStore() {
        counter.count("a", 1, "en", 0, "Bridge closes", HARBOUR);
        counter.count("b", 1, "en", DAY, "Ferries instead", FERRY);

        TermCounter restored = TermCounter.restored(new TextAnalyzer(), RelatedSettings.DEFAULT, stores.terms());
        IndexedTerms third = restored.count("c", 1, "en", 2 * DAY, "Bridge again", HARBOUR);

        assertThat(third.snapshot().documentCount("en")).isEqualTo(3);
        assertThat(third.snapshot().documentFrequency(termOf("bridge"))).isEqualTo(3);
    }

    private static long termOf(String word) {
        ArticleTerms terms = ArticleTerms.of(new TextAnalyzer(), "en", "", word);
        return terms.indexed("probe", 1, 0, 10).terms()[0];
    }
}
