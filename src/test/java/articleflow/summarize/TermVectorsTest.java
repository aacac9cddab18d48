package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermVectorsTest {

    private static final List<String> SENTENCES = List.of(
            "The ferry returns to the harbour after repairs to the ferry engines.",
            "Engineers replaced both ferry engines over the winter.",
            "The council welcomed the harbour ferry back.",
            "Cafes reported a quiet weekend.");

    private final TermVectors graph = graphOf(SENTENCES);

    @Test
    void overlapCountsSharedContentWordsWithTheirRepeats() {
        // "ferry" twice and "engines" once in the first, "ferry" and "engines" once each in the second
        assertThat(graph.overlap(0, 1)).isEqualTo(2 * 1 + 1 * 1);
        assertThat(graph.overlap(0, 3)).isZero();
        assertThat(graph.overlap(1, 0)).isEqualTo(graph.overlap(0, 1));
    }

    @Test
    void multiplyingEqualsTheOverlapMatrixWithAnEmptyDiagonal() {
        double[] v = {0.5, -1.0, 2.0, 3.0};
        double[] product = new double[4];

        graph.multiply(v, product);

        for (int i = 0; i < 4; i++) {
            double expected = 0;
            for (int j = 0; j < 4; j++) {
                expected += i == j ? 0 : graph.overlap(i, j) * v[j];
            }
            assertThat(product[i]).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void aSentenceSharingNoWordsHasNoStrength() {
        double[] strengths = graph.strengths();

        assertThat(strengths[3]).isZero();
        assertThat(strengths[0]).isEqualTo(graph.overlap(0, 1) + graph.overlap(0, 2));
    }

    @Test
    void cosineOfIdenticalWordingIsOne() {
        TermVectors twins = graphOf(List.of("Ferry engines replaced.", "Replaced: ferry engines!"));

        assertThat(twins.cosine(0, 1)).isCloseTo(1.0, within(1e-12));
    }

    private static TermVectors graphOf(List<String> texts) {
        TermEncoder encoder = new TermEncoder();
        List<Sentence> sentences = new ArrayList<>();
        for (String text : texts) {
            sentences.add(new Sentence(text, sentences.size(), 0, TermEncoder.countWords(text), encoder.encode(text)));
        }
        return new TermVectors(sentences, encoder.vocabularySize());
    }

    @Test
    void cosineWithASentenceOfOnlyStopWordsIsZero() {
        TermVectors graph = graphOf(List.of("Ferry engines replaced.", "It was all of them."));

        assertThat(graph.cosine(0, 1)).isZero();
        assertThat(graph.cosine(1, 0)).isZero();
    }

    @Test
    void eachSentenceKeepsItsOwnTermCounts() {
        // later sentences reuse earlier ids out of order: "engines" (id 1) comes after "replaced" (id 2)
        TermVectors graph = graphOf(List.of("Ferry engines.", "Replaced ferry engines engines.", "Engines."));

        assertThat(graph.overlap(0, 1)).isEqualTo(1 * 1 + 1 * 2);
        assertThat(graph.overlap(1, 2)).isEqualTo(2 * 1);
        assertThat(graph.cosine(1, 2)).isCloseTo(2 / Math.sqrt(1 + 1 + 4), within(1e-12));
    }
}
