package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermTableTest {

    private static int intern(TermTable table, String word) {
        return table.intern(word.toCharArray(), word.length());
    }

    private static int find(TermTable table, String word) {
        return table.find(word.toCharArray(), word.length());
    }

    @Test
    void shouldGiveDenseIdsInOrderOfFirstInternAndTheSameIdAgain() {
        TermTable table = new TermTable(4);

        assertThat(intern(table, "ferry")).isZero();
        assertThat(intern(table, "harbour")).isEqualTo(1);
        assertThat(intern(table, "ferry")).isZero();
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void shouldFindOnlyWhatWasInterned() {
        TermTable table = new TermTable(4);
        intern(table, "ferry");

        assertThat(find(table, "ferry")).isZero();
        assertThat(find(table, "ferr")).isEqualTo(-1);
        assertThat(find(table, "ferrys")).isEqualTo(-1);
        assertThat(find(table, "berry")).isEqualTo(-1);
    }

    @Test
    void shouldMatchOnlyTheGivenLengthOfTheBuffer() {
        TermTable table = new TermTable(4);
        char[] buffer = "ferryman".toCharArray();

        assertThat(table.intern(buffer, 5)).isZero();
        assertThat(find(table, "ferry")).isZero();
        assertThat(find(table, "ferryman")).isEqualTo(-1);
    }

    @Test
    void shouldGrowFarBeyondTheExpectedSizeAndKeepEveryId() {
        TermTable table = new TermTable(1);
        for (int i = 0; i < 1000; i++) {
            assertThat(intern(table, "term" + i + "x".repeat(i % 30))).isEqualTo(i);
        }

        assertThat(table.size()).isEqualTo(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(find(table, "term" + i + "x".repeat(i % 30))).isEqualTo(i);
        }
        assertThat(find(table, "term1000")).isEqualTo(-1);
    }

    @Test
    void shouldInternATermLongerThanItsTableExpectedToHold() {
        TermTable table = new TermTable(1);

        assertThat(intern(table, "internationalisation")).isZero();
        assertThat(find(table, "internationalisation")).isZero();
    }

    @Test
    void shouldTellEqualSequencesApartFromOnesThatOnlyShareAHash() {
        // "Aa" and "BB" have the same String hash code
        TermTable table = new TermTable(4);

        assertThat(intern(table, "Aa")).isZero();
        assertThat(intern(table, "BB")).isEqualTo(1);
        assertThat(find(table, "Aa")).isZero();
        assertThat(find(table, "BB")).isEqualTo(1);
    }
}
