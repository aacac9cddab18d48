package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.analysis.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleProfileTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private static ArticleProfile profileOf(String title, String text, List<String> corpus) {
        List<IndexedTerms> counted = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            counted.add(ArticleTerms.of(ANALYZER, "en", "", corpus.get(i)).indexed("c" + i, 1, 0, 1000));
        }
        FrozenDocumentFrequencies df = FrozenDocumentFrequencies.of(counted);
        return ArticleProfile.of(ArticleTerms.of(ANALYZER, "en", title, text), df, RelatedSettings.DEFAULT);
    }

    private static final List<String> CORPUS = List.of(NewsFixtures.BRIDGE_1, NewsFixtures.BRIDGE_2,
            NewsFixtures.COACH_1, NewsFixtures.COACH_2, NewsFixtures.VOLCANO_1, NewsFixtures.VOLCANO_2,
            NewsFixtures.FERRY_STRIKE);

    @Test
    void shouldOfferTheMostDistinctiveTermsAsReadableKeywords() {
        ArticleProfile profile = profileOf("Mount Tarrow erupts on Keldara", NewsFixtures.VOLCANO_1, CORPUS);

        assertThat(profile.keywords()).hasSize(8).contains("tarrow", "keldara", "erupts")
                .doesNotContain("the", "on", "eight");
        assertThat(profile.keywords()).allSatisfy(k -> assertThat(k).matches("\\p{L}[\\p{L}\\p{N}'-]*"));
    }

    @Test
    void shouldLeaveTheCalendarAndReportingWordsOutOfKeywordsButNotOutOfTheProfile() {
        // few articles counted, as in a new deployment: "said" and "Tuesday" are as rare as any word there
        String text = "The Porthaven ferry crews walked out on Tuesday, the union said. The ferry operator said on "
                + "Tuesday that talks with the crews would resume. Commuters said the ferry strike also hit the "
                + "harbour market, which said trade fell by half on Tuesday.";
        ArticleProfile profile = profileOf("Ferry crews strike in Porthaven", text,
                List.of(NewsFixtures.VOLCANO_1, NewsFixtures.COACH_1));

        assertThat(profile.keywords()).contains("ferry", "crews").doesNotContain("said", "tuesday", "also");
        assertThat(profile.blockKeys()).contains("t|en|tuesdai");
    }

    @Test
    void shouldFileTheArticleUnderItsBestTermsKeyedByLanguage() {
        ArticleProfile profile = profileOf("Mount Tarrow erupts on Keldara", NewsFixtures.VOLCANO_1, CORPUS);

        assertThat(profile.blockKeys()).hasSize(RelatedSettings.DEFAULT.blockTerms())
                .contains("t|en|tarrow", "t|en|keldara").allSatisfy(k -> assertThat(k).startsWith("t|en|"));
    }

    @Test
    void shouldBeAUnitVectorOfAtMostTheConfiguredTerms() {
        ArticleProfile profile = profileOf("Porthaven harbour bridge to close", NewsFixtures.BRIDGE_1, CORPUS);

        double squares = 0;
        for (float w : profile.profile().weights()) {
            squares += w * w;
        }
        assertThat(squares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(profile.profile().size()).isLessThanOrEqualTo(RelatedSettings.DEFAULT.profileTerms());
        assertThat(profile.profile().cosine(profile.profile())).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void shouldScoreTwoReportsOfAStoryAboveTwoStoriesOfATown() {
        TermProfile bridge1 = profileOf("", NewsFixtures.BRIDGE_1, CORPUS).profile();
        TermProfile bridge2 = profileOf("", NewsFixtures.BRIDGE_2, CORPUS).profile();
        TermProfile ferry = profileOf("", NewsFixtures.FERRY_STRIKE, CORPUS).profile();

        assertThat(bridge1.cosine(bridge2)).isGreaterThan(2 * bridge1.cosine(ferry));
    }
}
