package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    /** A self-written story about a town's flood defences; the lede and the central facts share its vocabulary. */
    private static final List<String> FLOOD_STORY = List.of(
            "Engineers in Marlow will raise the town's flood wall by one metre after the river burst its banks "
                    + "twice this winter, the council said on Monday.",
            "The wall, built in 1987, was overtopped in January and again in March, flooding 240 homes along the "
                    + "river. Residents had asked the council for higher flood defences for years.",
            "Photo: Marlow council.",
            "The council said the work on the flood wall would cost 12 million and take two years. Part of the "
                    + "money will come from a national flood defence fund.",
            "Local cafes reported a busy weekend.",
            "The town's football club also won its cup match on Saturday, a spokesman for the club said.",
            "Environment officials warned that rivers in the region are rising faster than expected and that more "
                    + "towns will need higher flood walls.");

    private final Summarizer summarizer = new Summarizer(SummaryOptions.DEFAULT);

    @Test
    void shouldKeepTheBestThreeSentencesInArticleOrder() {
        Summary summary = summarizer.summarize(FLOOD_STORY);

        assertThat(summary.sentences()).hasSize(3);
        assertThat(summary.sentences().get(0)).startsWith("Engineers in Marlow will raise");
        assertThat(summary.sentences()).doesNotContain("Local cafes reported a busy weekend.",
                "Photo: Marlow council.");
        assertThat(positions(summary)).isSorted();
    }

    @Test
    void shouldReturnOnlySentencesOfTheInput() {
        String text = String.join("\n\n", FLOOD_STORY);

        assertThat(summarizer.summarize(FLOOD_STORY).sentences()).allSatisfy(s -> assertThat(text).contains(s));
    }

    @Test
    void shouldJoinSentencesWithSingleSpaces() {
        Summary summary = new Summary(List.of("One.", "Two."));

        assertThat(summary.text()).isEqualTo("One. Two.");
    }

    @Test
    void shouldReturnAShortArticleWhole() {
        List<String> article = List.of("Only two sentences here. Both are kept.", "ok.");

        assertThat(summarizer.summarize(article).sentences())
                .containsExactly("Only two sentences here.", "Both are kept.", "ok.");
    }

    @Test
    void shouldReturnNothingForAnEmptyArticle() {
        assertThat(summarizer.summarize(List.of()).sentences()).isEmpty();
    }

    @Test
    void shouldHonourTheSentenceCount() {
        Summary one = new Summarizer(new SummaryOptions(1, 80)).summarize(FLOOD_STORY);

        assertThat(one.sentences()).hasSize(1);
    }

    @Test
    void shouldStayWithinAboutTheWordBudget() {
        SummaryOptions options = new SummaryOptions(3, 30);
        Summary summary = new Summarizer(options).summarize(FLOOD_STORY);

        int words = summary.sentences().stream().mapToInt(TermEncoder::countWords).sum();
        assertThat(summary.sentences()).isNotEmpty();
        assertThat(words).isLessThanOrEqualTo(options.wordCeiling());
    }

    @Test
    void shouldAlwaysKeepOneSentenceEvenOverTheBudget() {
        Summary summary = new Summarizer(new SummaryOptions(3, 5)).summarize(FLOOD_STORY);

        assertThat(summary.sentences()).hasSize(1);
    }

    @Test
    void shouldNotPickTwoNearIdenticalSentences() {
        List<String> article = new ArrayList<>(FLOOD_STORY);
        article.add(1, "Engineers in Marlow will raise the town's flood wall by one metre after the river burst "
                + "its banks twice this winter, the council said.");

        Summary summary = summarizer.summarize(article);

        assertThat(summary.sentences()).filteredOn(s -> s.startsWith("Engineers in Marlow")).hasSize(1);
    }

    @Test
    void shouldSkipBulletsAndLoneQuotesWhenBetterSentencesExist() {
        List<String> article = new ArrayList<>(FLOOD_STORY);
        article.add(2, "- flood wall raised by one metre in the town");
        article.add(3, "\"The flood wall must rise,\" he said.");

        assertThat(summarizer.summarize(article).sentences())
                .doesNotContain("- flood wall raised by one metre in the town", "\"The flood wall must rise,\"");
    }

    @Test
    void shouldNotPickAHeadlineLeftAtTheTopOfTheText() {
        List<String> article = new ArrayList<>(FLOOD_STORY);
        article.add(0, "Marlow Flood Wall to Rise by One Metre After Winter Floods");

        assertThat(summarizer.summarize(article).sentences())
                .doesNotContain("Marlow Flood Wall to Rise by One Metre After Winter Floods")
                .first().asString().startsWith("Engineers in Marlow will raise");
    }

    @Test
    void shouldFallBackToFragmentsWhenNothingElseIsLeft() {
        List<String> fragments = List.of("Storm.", "Rain.", "Wind.", "Cold.");

        assertThat(summarizer.summarize(fragments).sentences()).hasSize(3);
    }

    @Test
    void shouldNeverMergeParagraphsIntoOneSentence() {
        List<String> article = List.of("A heading without a full stop", "The body starts here and goes on.");

        assertThat(summarizer.summarize(article).sentences())
                .containsExactly("A heading without a full stop", "The body starts here and goes on.");
    }

    @Test
    void shouldSummarizeAVeryLongArticleFromItsOpeningSentences() {
        List<String> article = new ArrayList<>();
        for (int i = 0; i < 2 * Summarizer.MAX_RANKED; i++) {
            article.add("Report section " + i + " repeats the flood wall figures for the town council.");
        }

        Summary summary = summarizer.summarize(article);

        assertThat(summary.sentences()).isNotEmpty().allSatisfy(s -> assertThat(article.indexOf(s))
                .isLessThan(Summarizer.MAX_RANKED));
    }

    @Test
    void shouldBeDeterministic() {
        assertThat(summarizer.summarize(FLOOD_STORY)).isEqualTo(new Summarizer(SummaryOptions.DEFAULT)
                .summarize(FLOOD_STORY));
    }

    @Test
    void shouldBreakTiesByPosition() {
        List<String> same = List.of("Alpha beta gamma delta epsilon.", "Alpha beta gamma delta epsilon.",
                "Alpha beta gamma delta epsilon.", "Alpha beta gamma delta epsilon.");

        Summary summary = new Summarizer(new SummaryOptions(1, 80)).summarize(same);

        assertThat(summary.sentences()).containsExactly("Alpha beta gamma delta epsilon.");
    }

    @Test
    void shouldRejectOptionsThatCannotMakeASummary() {
        assertThatThrownBy(() -> new SummaryOptions(0, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryOptions(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDefaultToThreeSentencesOfAboutEightyWords() {
        assertThat(SummaryOptions.DEFAULT).isEqualTo(new SummaryOptions(3, 80));
        assertThat(SummaryOptions.DEFAULT.wordCeiling()).isEqualTo(100);
    }

    private static List<Integer> positions(Summary summary) {
        String text = String.join("\n", FLOOD_STORY);
        return summary.sentences().stream().map(text::indexOf).toList();
    }
}
