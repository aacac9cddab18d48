package articleflow.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.ArticleMeta;
import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import articleflow.model.Neighbors;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {

    private static final String NOW = "2024-05-01T12:00:00Z";
    private static final ArticleMeta META = new ArticleMeta("harbour-reopens", "herald", "https://h.example/harbour",
            "Harbour reopens", "2024-05-01T08:00:00Z", 1714550400000L, "en", "local", List.of("Ann"),
            List.of("harbour"), null, null);

    private final ArticleAssembler assembler = new ArticleAssembler();

    private static ArticleDraft draftOf(String... paragraphs) {
        return new ArticleDraft(META, List.of(paragraphs));
    }

    /** A paragraph of exactly {@code words} words. */
    private static String words(int words) {
        return "word ".repeat(words).trim();
    }

    private int readingMinutes(String... paragraphs) {
        return assembler.assemble(draftOf(paragraphs), List.of(), ArticleRelations.NONE, null, null, 1, NOW).readingTimeMinutes();
    }

    @Test
    void shouldBuildTheEnrichedRecordFromTheDraftItsSummaryAndItsLinks() {
        Link previous = new Link("storm-warning", "Storm warning", "https://h.example/storm", "2024-04-30T08:00:00Z");
        Link next = new Link("ferry-fares", "Ferry fares", "https://h.example/fares", "2024-05-02T08:00:00Z");

        EnrichedArticle article = assembler.assemble(
                draftOf("Harbour reopens after repairs.", "Ferries run again from Monday."),
                List.of("Harbour reopens after repairs."), ArticleRelations.NONE, previous, next, 4, NOW);

        assertThat(article).isEqualTo(new EnrichedArticle("harbour-reopens", "herald", "https://h.example/harbour",
                "Harbour reopens", "2024-05-01T08:00:00Z", "en", "local", List.of("Ann"), List.of("harbour"),
                "Harbour reopens after repairs.\n\nFerries run again from Monday.",
                "Harbour reopens after repairs.", List.of("Harbour reopens after repairs."), List.of(), 9, 1,
                "94523c7240ad0209a1d6760f5aae14799e0c90c87627fa2d4cdab2e707dfabc1",
                new Neighbors(previous, next, List.of()), null, EnrichedArticle.SCHEMA_VERSION, 4, NOW));
    }

    @Test
    void shouldGiveAnEmptyArticleNoWordsNoReadingTimeAndTheHashOfNothing() {
        EnrichedArticle article = assembler.assemble(draftOf(), List.of(), ArticleRelations.NONE, null, null, 1, NOW);

        assertThat(article.text()).isEmpty();
        assertThat(article.wordCount()).isZero();
        assertThat(article.readingTimeMinutes()).isZero();
        assertThat(article.contentHash()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void shouldRoundReadingTimeAtTwoHundredThirtyWordsAMinuteButNeverBelowOne() {
        assertThat(readingMinutes(words(1))).isEqualTo(1);
        assertThat(readingMinutes(words(200), words(144))).isEqualTo(1);
        assertThat(readingMinutes(words(200), words(145))).isEqualTo(2);
        assertThat(readingMinutes(words(690))).isEqualTo(3);
    }

    @Test
    void shouldCountTheWordsOfEveryParagraph() {
        EnrichedArticle article = assembler.assemble(draftOf(words(3), words(4), words(5)), List.of(), ArticleRelations.NONE, null, null, 1, NOW);

        assertThat(article.wordCount()).isEqualTo(12);
    }
}
