package articleflow.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleflowTopologyRecentAnalysesTest {

    private static final long MB = 1024L * 1024;

    @Test
    void shouldKeepEnoughAnalysesForABacklogOfFourPartitionsWhereTheHeapAllowsIt() {
        // a task counts up to 1,000 buffered records of each raw partition ahead of their feed replies
        assertThat(ArticleflowTopology.recentAnalyses(2048 * MB)).isGreaterThan(4 * 1_000);
        assertThat(ArticleflowTopology.recentAnalyses(64 * 1024 * MB)).isEqualTo(8_192);
    }

    @Test
    void shouldKeepToAnEighthOfASmallHeapButNeverFewerThanBefore() {
        assertThat(ArticleflowTopology.recentAnalyses(1024 * MB)).isEqualTo((int) (1024 * MB / 8 / (48 * 1024)));
        assertThat(ArticleflowTopology.recentAnalyses(256 * MB)).isEqualTo(1_024);
    }
}
