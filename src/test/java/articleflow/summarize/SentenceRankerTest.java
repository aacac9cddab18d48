package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentenceRankerTest {

    /**
     * The second sentence shares most with the others (harbour, ferry twice, returns, engines, repaired):
     * it is the centre of the story, though not its lede. The lede shares nothing.
     */
    private static final List<String> FERRY_STORY = List.of(
            "Cafes reported a quiet weekend.",
            "The ferry returns to the harbour.",
            "The harbour ferry engines were repaired, and the ferry returns on Monday.",
            "Engineers repaired the ferry engines.");

    private final SentenceRanker ranker = new SentenceRanker();

    private static TermVectors graphOf(List<String> texts) {
        TermEncoder encoder = new TermEncoder();
        List<Sentence> sentences = new ArrayList<>();
        for (String text : texts) {
            sentences.add(new Sentence(text, sentences.size(), 0, TermEncoder.countWords(text), encoder.encode(text)));
        }
        return new TermVectors(sentences, encoder.vocabularySize());
    }

    /** Sentence positions, best score first. */
    private static List<Integer> ranking(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i])).toList();
    }

    @Test
    void shouldRankTheMostCentralSentenceFirstAndTheUnrelatedLedeLast() {
        double[] scores = ranker.scores(graphOf(FERRY_STORY));

        assertThat(ranking(scores)).containsExactly(2, 1, 3, 0);
    }

    @Test
    void shouldScoreTheMostCentralSentenceAsNinetyPercentPlusItsPositionPrior() {
        double[] scores = ranker.scores(graphOf(FERRY_STORY));

        // centrality is scaled so the most central sentence has 1; the prior of position i is 1 / (1 + 2i)
        assertThat(scores[2]).isCloseTo(0.9 * 1 + 0.1 / 5, within(1e-12));
    }

    @Test
    void shouldLetThePositionPriorDecideWhenNoSentencesShareWords() {
        double[] scores = ranker.scores(graphOf(List.of(
                "Cafes reported a quiet weekend.", "Schools open late tomorrow.", "Police closed the coastal road.")));

        assertThat(scores[0]).isCloseTo(1.0, within(1e-12));
        assertThat(scores[1]).isCloseTo(0.9 + 0.1 / 3, within(1e-12));
        assertThat(scores[2]).isCloseTo(0.9 + 0.1 / 5, within(1e-12));
    }

    @Test
    void shouldGiveEverySentenceAnEqualShareWhenNoneShareWords() {
        double[] rank = SentenceRanker.textRank(graphOf(List.of(
                "Cafes reported a quiet weekend.", "Schools open late tomorrow.", "Police closed the coastal road.")));

        assertThat(rank).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-12));
    }

    @Test
    void shouldSpreadTheRankOfASentenceSharingNoWordsEvenlyInsteadOfLosingIt() {
        // two sentences share "ferry", the third nothing. At the fixed point the isolated one keeps
        // b = 0.05 + 0.85 b / 3 and the other two split the rest: b = 0.05 / (1 - 0.85 / 3) = 3 / 43
        double[] rank = SentenceRanker.textRank(graphOf(List.of(
                "The ferry sails.", "A new ferry arrives.", "Cafes reported a quiet weekend.")));

        double b = 3.0 / 43;
        assertThat(rank).containsExactly(new double[] {(1 - b) / 2, (1 - b) / 2, b}, within(1e-4));
        assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shouldSettleWhereWeightedPageRankSettles() {
        TermVectors graph = graphOf(FERRY_STORY);

        double[] rank = SentenceRanker.textRank(graph);

        assertThat(rank).containsExactly(pageRank(graph), within(1e-3));
        assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, within(1e-12));
    }

    /** Weighted PageRank as defined, by many plain steps over the dense overlap matrix. */
    private static double[] pageRank(TermVectors graph) {
        int n = graph.size();
        double[] strength = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                strength[i] += i == j ? 0 : graph.overlap(i, j);
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int step = 0; step < 1000; step++) {
            double[] next = new double[n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double share = strength[j] == 0 ? 1.0 / n : (i == j ? 0 : graph.overlap(i, j)) / strength[j];
                    next[i] += 0.85 * share * rank[j];
                }
            }
            for (int i = 0; i < n; i++) {
                next[i] += 0.15 / n;
            }
            rank = next;
        }
        return rank;
    }
}
