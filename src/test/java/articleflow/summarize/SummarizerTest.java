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

    private static final String LEDE = "Engineers in Marlow will raise the town's flood wall by one metre after the river "
            + "burst its banks twice this winter, the council said on Monday.";
    private static final String COST = "The council said the work on the flood wall would cost 12 million and take two years.";
    private static final String WARNING = "Environment officials warned that rivers in the region are rising faster than "
            + "expected and that more towns will need higher flood walls.";

    /** A story that opens on a bystander: its most central sentence is the second. */
    private static final List<String> BAKERY_STORY = List.of(
            "Maria Lopez has swept river mud out of her bakery three times since Christmas.",
            "The council will raise the flood wall along the river by one metre, it said on Monday.",
            "The flood wall was overtopped twice this winter when the river rose after heavy rain.",
            "Raising the flood wall will cost 12 million, and work on the wall starts in spring.",
            "Lopez said she would believe it when she saw it.");

    private final Summarizer summarizer = new Summarizer(SummaryOptions.DEFAULT);

    @Test
    void shouldKeepTheBestThreeSentencesInArticleOrder() {
        Summary summary = summarizer.summarize(FLOOD_STORY);

        assertThat(summary.sentences()).containsExactly(LEDE, COST, WARNING);
    }

    @Test
    void shouldPreferTheMostCentralSentenceToALedeAboutABystander() {
        assertThat(new Summarizer(new SummaryOptions(1, 80)).summarize(BAKERY_STORY).sentences()).containsExactly(
                "The council will raise the flood wall along the river by one metre, it said on Monday.");
        assertThat(summarizer.summarize(BAKERY_STORY).sentences()).containsExactly(
                "The council will raise the flood wall along the river by one metre, it said on Monday.",
                "The flood wall was overtopped twice this winter when the river rose after heavy rain.",
                "Raising the flood wall will cost 12 million, and work on the wall starts in spring.");
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

        assertThat(one.sentences()).containsExactly(LEDE);
    }

    @Test
    void shouldStayWithinAboutTheWordBudget() {
        SummaryOptions options = new SummaryOptions(3, 30);
        Summary summary = new Summarizer(options).summarize(FLOOD_STORY);

        // 26 + 10 words: under the ceiling of 37; the cost sentence would have made 43
        assertThat(summary.sentences()).containsExactly(LEDE,
                "Residents had asked the council for higher flood defences for years.");
    }

    @Test
    void shouldAlwaysKeepOneSentenceEvenOverTheBudget() {
        Summary summary = new Summarizer(new SummaryOptions(3, 5)).summarize(FLOOD_STORY);

        assertThat(summary.sentences()).containsExactly(LEDE);
    }

    @Test
    void shouldNotPickTwoNearIdenticalSentences() {
        List<String> article = new ArrayList<>(FLOOD_STORY);
        article.add(1, "Engineers in Marlow will raise the town's flood wall by one metre after the river burst "
                + "its banks twice this winter, the council said.");

        Summary summary = summarizer.summarize(article);

        assertThat(summary.sentences()).containsExactly(LEDE, COST, WARNING);
    }

    @Test
    void shouldSkipBulletsAndLoneQuotesWhenBetterSentencesExist() {
        List<String> article = new ArrayList<>(FLOOD_STORY);
        article.add(2, "- flood wall raised by one metre in the town");
        // a quote alone in its paragraph: the splitter cannot attach it to a speaker
        article.add(3, "\"The town's flood wall must rise before the river floods.\"");

        assertThat(summarizer.summarize(article).sentences()).containsExactly(LEDE,
                "The wall, built in 1987, was overtopped in January and again in March, flooding 240 homes along the river.",
                WARNING);
    }

    @Test
    void shouldNotPickAHeadlineLeftAtTheTopOfTheText() {
        List<String> article = new ArrayList<>(FLOOD_STORY);
        article.add(0, "Marlow Flood Wall to Rise by One Metre After Winter Floods");

        assertThat(summarizer.summarize(article).sentences()).containsExactly(LEDE, COST, WARNING);
    }

    @Test
    void shouldFallBackToFragmentsWhenNothingElseIsLeft() {
        List<String> fragments = List.of("Storm.", "Rain.", "Wind.", "Cold.");

        assertThat(summarizer.summarize(fragments).sentences()).containsExactly("Storm.", "Rain.", "Wind.");
    }

    @Test
    void shouldReturnAnArticleOfNoMoreSentencesThanTheSummaryWholeWhateverTheirLength() {
        List<String> article = List.of("The council will raise the flood wall by one metre.", "Photo: Marlow council.",
                "Work starts in spring and takes two years.");

        assertThat(new Summarizer(new SummaryOptions(3, 5)).summarize(article).sentences())
                .containsExactlyElementsOf(article);
    }

    @Test
    void shouldRankOnlyTheOpeningSentencesOfOneLongParagraph() {
        // sentences after the first MAX_RANKED share far more words with each other: ranked, they would win
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < Summarizer.MAX_RANKED; i++) {
            paragraph.append("Appendix line ").append(i).append(" lists a council figure. ");
        }
        for (int i = 0; i < 50; i++) {
            paragraph.append("The flood wall flood gates and flood barrier protect the river flood plain. ");
        }

        Summary summary = summarizer.summarize(List.of(paragraph.toString()));

        assertThat(summary.sentences()).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("Appendix line "));
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
    void shouldAcceptTheSmallestOptionsThatCanMakeASummary() {
        SummaryOptions smallest = new SummaryOptions(1, 1);

        assertThat(smallest.wordCeiling()).isEqualTo(1);
        assertThat(new Summarizer(smallest).summarize(FLOOD_STORY).sentences()).containsExactly(LEDE);
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
}
