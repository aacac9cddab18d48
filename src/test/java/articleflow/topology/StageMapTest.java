package articleflow.topology;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The topology reads as the design: every stage of DESIGN.md is a node (or nodes) of its own in describe. */
class StageMapTest {

    private final Map<String, List<String>> stages =
            StageMap.of(ArticleflowTopology.build(ArticleflowConfig.defaults(), PipelineEvents.NONE, 1).describe());

    @Test
    void shouldListTheStagesInTheOrderOfTheDesign() {
        assertThat(stages.keySet()).containsExactly("accept", "normalize", "summarize", "link", "related", "assemble",
                "io");
    }

    @Test
    void shouldShowEachStageAsNamedNodesUnderTheKeyItNeeds() {
        assertThat(stages.get("accept")).contains("accept.validate (sub-topology 0)");
        assertThat(stages.get("normalize")).contains(
                "normalize.text (sub-topology 0)",
                "normalize.learned-furniture [source-lines] (sub-topology 1)",
                "normalize.strip-learned (sub-topology 0)");
        assertThat(stages.get("summarize")).containsExactly("summarize.sentences (sub-topology 0)");
        assertThat(stages.get("link")).containsExactly("link.feed [feed-order, feed-positions] (sub-topology 1)");
        assertThat(stages.get("related")).contains(
                "related.count [related-terms] (sub-topology 0)",
                "related.index [related-states, related-terms, articles] (sub-topology 0)",
                "related.buckets [related-bucket-members, related-bucket-states] (sub-topology 2)");
        assertThat(stages.get("assemble")).contains(
                "assemble.intake [articles] (sub-topology 0)",
                "assemble.match-reply [articles] (sub-topology 0)",
                "assemble.publish [related-news, articles] (sub-topology 0)");
    }

    @Test
    void shouldLeaveNoUnnamedProcessor() {
        String described = ArticleflowTopology.build(ArticleflowConfig.defaults(), PipelineEvents.NONE, 1).describe().toString();
        assertThat(described).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
    }
}
