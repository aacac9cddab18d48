package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFilterTest {

    private static boolean material(String text) {
        return SentenceFilter.isSummaryMaterial(new Sentence(text, 0, 0, TermEncoder.countWords(text), new int[0]));
    }

    @Test
    void shouldKeepAPlainSentenceOfFiveWordsOrMore() {
        assertThat(material("The ferry sails at noon.")).isTrue();
        assertThat(material("The ferry sails today.")).isFalse();
    }

    @Test
    void shouldTakeAShortLineWithoutASentenceEndingForAHeading() {
        assertThat(material("Ferry service resumes after a long winter of repairs")).isFalse();
        assertThat(material("Ferry service resumes after a long winter of repairs!")).isTrue();
        assertThat(material("Will the ferry service resume after the winter repairs?")).isTrue();
        assertThat(material("The ferry service may resume after the winter repairs\u2026")).isTrue();
    }

    @Test
    void shouldTakeALongLineWithoutASentenceEndingForText() {
        String twentyOneWords = "the harbour ferry that has carried islanders to the mainland for forty years will sail "
                + "again from the pier in spring";
        String twentyWords = "the harbour ferry that has carried islanders to the mainland for forty years will sail "
                + "again from the pier in";

        assertThat(material(twentyOneWords)).isTrue();
        assertThat(material(twentyWords)).isFalse();
    }

    @Test
    void shouldSeeASentenceEndingInsideClosingQuotesAndBrackets() {
        assertThat(material("He said the ferry would sail \"next week.\"")).isTrue();
        assertThat(material("The ferry sails again next week (weather permitting.)")).isTrue();
        assertThat(material("The ferry sails again next week [see timetable.]")).isTrue();
        assertThat(material("The ferry sails again next week, he called it \u201Cthe lifeline\u201D")).isFalse();
        assertThat(material("The ferry sails again next week, weather permitting (see timetable)")).isFalse();
    }

    @Test
    void shouldSkipListBulletsOfEveryKind() {
        for (String bullet : new String[] {"-", "*", "\u2022", "\u00B7", "\u2013", "\u2014", ">"}) {
            assertThat(material(bullet + " The ferry sails again next week.")).as(bullet).isFalse();
        }
    }

    @Test
    void shouldSkipALoneQuoteOfTenWordsOrFewerInAnyQuotationMarks() {
        assertThat(material("\"The ferry is our lifeline to the mainland.\"")).isFalse();
        assertThat(material("\u201CThe ferry is our lifeline to the mainland.\u201D")).isFalse();
        assertThat(material("\u2018The ferry is our lifeline to the mainland.\u2019")).isFalse();
        assertThat(material("'The ferry is our lifeline to the mainland.'")).isFalse();
        assertThat(material("\u201CWe have waited all winter for this ferry to return.\u201D")).isFalse();
    }

    @Test
    void shouldKeepALongerQuoteAndAQuoteWithItsSpeaker() {
        assertThat(material("\"We have waited all winter for this ferry to sail again.\"")).isTrue();
        assertThat(material("'The ferry is our lifeline,' the mayor of the island said.")).isTrue();
        assertThat(material("The mayor called the ferry \"our lifeline to the mainland.\"")).isTrue();
    }

    @Test
    void shouldSkipPhotoCreditsWhateverTheirCase() {
        assertThat(material("The new ferry arrives in port. Photo: Harbour Authority.")).isFalse();
        assertThat(material("The new ferry arrives in port (GETTY IMAGES).")).isFalse();
        assertThat(material("The new ferry arrives in port, via Getty Images.")).isFalse();
        assertThat(material("The new ferry arrives in port, AP PHOTO by the harbour.")).isFalse();
        assertThat(material("The new ferry arrives in port, credit: Harbour Authority.")).isFalse();
        assertThat(material("File photo of the new ferry arriving in port.")).isFalse();
    }

    @Test
    void shouldKeepASentenceWithAColonOrAPhotographerThatIsNoCredit() {
        assertThat(material("The mayor had one message: the ferry is back.")).isTrue();
        assertThat(material("A photographer on the pier watched the ferry arrive.")).isTrue();
        assertThat(material("A PHOTOGRAPHER ON THE PIER WATCHED THE FERRY ARRIVE.")).isTrue();
    }
}
