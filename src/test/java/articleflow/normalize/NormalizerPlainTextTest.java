package articleflow.normalize;

import articleflow.model.ContentType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerPlainTextTest {

    private final Normalizer normalizer = new Normalizer();

    /** The shape of the page articleflow was built for: title, furniture, body, furniture, neighbours. */
    static final String TITLE = "Harbour Ferry Returns After Winter Repairs: What Changes";
    static final String SEED_LIKE_PAGE = """
            Harbour Ferry Returns After Winter Repairs: What Changes

            No time to read?
            Get a summary

            Harbour Ferry Returns to Service With New Engines and a Later Last Sailing

            The old harbour ferry went back into service on Tuesday after four months in dry dock, the port authority said.

            Engineers replaced both engines, which the authority says will cut fuel use by a third and make the crossing quieter.

            Commuters who subscribe to the monthly pass will keep their current price until the end of the year.

            No time to read?
            Get a summary
            Previous Article

            Town Council Approves New Cycle Lanes Along the Seafront

            Next Article

            Lighthouse Keepers' Cottages to Open as a Museum in Spring""";

    @Test
    void shouldStripFurnitureAndNeighbourTitlesButKeepTheBody() {
        NormalizedText result = normalizer.normalize(TITLE, SEED_LIKE_PAGE, ContentType.PLAIN);

        assertThat(result.title()).isEqualTo(TITLE);
        assertThat(result.paragraphs()).containsExactly(
                "Harbour Ferry Returns to Service With New Engines and a Later Last Sailing",
                "The old harbour ferry went back into service on Tuesday after four months in dry dock, the port authority said.",
                "Engineers replaced both engines, which the authority says will cut fuel use by a third and make the crossing quieter.",
                "Commuters who subscribe to the monthly pass will keep their current price until the end of the year.");
        assertThat(result.text()).doesNotContain("No time to read", "Get a summary", "Previous Article", "Next Article",
                "Cycle Lanes", "Lighthouse");
    }

    @Test
    void shouldDropAFirstLineThatRepeatsTheTitleIgnoringCaseAndPunctuation() {
        NormalizedText result = normalizer.normalize("Kim's Train Visit: Key Developments",
                "KIM’S TRAIN VISIT — KEY DEVELOPMENTS\n\nThe train left on Monday.", ContentType.PLAIN);

        assertThat(result.paragraphs()).containsExactly("The train left on Monday.");
    }

    @Test
    void shouldKeepALaterLineThatRepeatsTheTitle() {
        NormalizedText result = normalizer.normalize("Rates Rise", "The bank met today.\n\nRates rise", ContentType.PLAIN);

        assertThat(result.paragraphs()).containsExactly("The bank met today.", "Rates rise");
    }

    @Test
    void shouldSeparateParagraphsByExactlyOneBlankLineAndJoinWrappedLines() {
        String body = "  First paragraph\n   wraps   onto\ta second line.  \n\n\n\n\n Second paragraph. \r\n \t \r\n";

        NormalizedText result = normalizer.normalize(null, body, ContentType.PLAIN);

        assertThat(result.text()).isEqualTo("First paragraph wraps onto a second line.\n\nSecond paragraph.");
        assertThat(result.title()).isNull();
    }

    @Test
    void shouldComposeToNfcAndRemoveControlAndZeroWidthCharacters() {
        // "Café" with a combining accent, a zero-width space, a soft hyphen, a BOM, ZWJ, ZWNJ and a bell
        String body = "\uFEFFCafe\u0301 news\u200B: co\u00ADoperation\u200D re\u200Cturns\u0007 today";

        NormalizedText result = normalizer.normalize(null, body, ContentType.PLAIN);

        assertThat(result.text()).isEqualTo("Caf\u00E9 news: cooperation returns today");
    }

    @Test
    void shouldDropParagraphsLeftEmpty() {
        NormalizedText result = normalizer.normalize(null, "\u200B\n\n \u00A0 \n\nReal text.\n\n\u00AD", ContentType.PLAIN);

        assertThat(result.paragraphs()).containsExactly("Real text.");
    }

    @Test
    void shouldKeepSentencesThatMerelyMentionFurnitureWords() {
        String body = "Read more about the budget in the council's report.\n\n"
                + "Readers can subscribe to the newsletter, share articles and follow us on the radio.\n\n"
                + "Subscribe\n\nShare on Facebook\n\nRead more »";

        NormalizedText result = normalizer.normalize(null, body, ContentType.PLAIN);

        assertThat(result.paragraphs()).containsExactly(
                "Read more about the budget in the council's report.",
                "Readers can subscribe to the newsletter, share articles and follow us on the radio.");
    }

    @Test
    void shouldStripFurnitureInOtherLanguages() {
        String body = "Der Hafen öffnet wieder.\n\nArtikel teilen\n\nJetzt abonnieren\n\nLire aussi\n\n"
                + "Suscríbete a nuestro boletín\n\nLeia mais\n\nLeggi anche\n\nArtículo anterior\n\nEl puerto cierra por obras";

        NormalizedText result = normalizer.normalize(null, body, ContentType.PLAIN);

        assertThat(result.paragraphs()).containsExactly("Der Hafen öffnet wieder.");
    }

    @Test
    void shouldTreatNullBodyAsEmpty() {
        assertThat(normalizer.normalize("Title", null, ContentType.PLAIN).paragraphs()).isEmpty();
    }
}
