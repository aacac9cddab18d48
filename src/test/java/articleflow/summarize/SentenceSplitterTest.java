package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void shouldSplitAtFullStopsQuestionAndExclamationMarks() {
        assertThat(splitter.split("The river rose overnight. Was anyone hurt? Nobody, thankfully! Roads reopen today."))
                .containsExactly("The river rose overnight.", "Was anyone hurt?", "Nobody, thankfully!",
                        "Roads reopen today.");
    }

    @Test
    void shouldKeepTitlesAndLatinShorthandsInsideTheSentence() {
        assertThat(splitter.split("Mr. Hale met Mrs. Ortiz and Dr. Chen at St. Mary's. Prof. Lund sent notes, "
                + "e.g. the budget, i.e. the cuts."))
                .containsExactly("Mr. Hale met Mrs. Ortiz and Dr. Chen at St. Mary's.",
                        "Prof. Lund sent notes, e.g. the budget, i.e. the cuts.");
    }

    @Test
    void shouldKeepCountryAbbreviationsUnlessANewSentenceClearlyStarts() {
        assertThat(splitter.split("The U.S. Senate and the U.K. Treasury agreed. Trade with the U.S. The deal follows."))
                .containsExactly("The U.S. Senate and the U.K. Treasury agreed.", "Trade with the U.S.",
                        "The deal follows.");
    }

    @Test
    void shouldKeepCompanyMonthAndNumberShorthands() {
        assertThat(splitter.split("Acme Inc. shares rose on Jan. 5 and Feb. 12, a No. 1 spot. Bonds, notes, etc. "
                + "were flat."))
                .containsExactly("Acme Inc. shares rose on Jan. 5 and Feb. 12, a No. 1 spot.",
                        "Bonds, notes, etc. were flat.");
    }

    @Test
    void shouldKeepInitialsInsideNames() {
        assertThat(splitter.split("J. R. R. Tolkien wrote it. George W. Bush read it."))
                .containsExactly("J. R. R. Tolkien wrote it.", "George W. Bush read it.");
    }

    @Test
    void shouldNotSplitDecimalsOrAmounts() {
        assertThat(splitter.split("Inflation fell to 3.5% in May. The firm raised $1.2bn from 4.25 m investors."))
                .containsExactly("Inflation fell to 3.5% in May.", "The firm raised $1.2bn from 4.25 m investors.");
    }

    @Test
    void shouldSplitAfterClosingQuotes() {
        assertThat(splitter.split("He said \"it is over.\" Then he left the room."))
                .containsExactly("He said \"it is over.\"", "Then he left the room.");
        assertThat(splitter.split("She asked \u201Cwho knew?\u201D The answer came later."))
                .containsExactly("She asked \u201Cwho knew?\u201D", "The answer came later.");
    }

    @Test
    void shouldNotSplitWhenAQuotedQuestionIsFollowedByItsSpeaker() {
        assertThat(splitter.split("\"Who is there?\" she asked. Nobody answered."))
                .containsExactly("\"Who is there?\" she asked.", "Nobody answered.");
    }

    @Test
    void shouldTreatEllipsisAsAnEndOnlyBeforeACapital() {
        assertThat(splitter.split("We waited... and waited. Then... Nothing happened\u2026 Really."))
                .containsExactly("We waited... and waited.", "Then...", "Nothing happened\u2026", "Really.");
    }

    @Test
    void shouldSplitLowercasedText() {
        assertThat(splitter.split("the bank held rates. mr. king said growth was 2.5%. the u.s. the euro."))
                .containsExactly("the bank held rates.", "mr. king said growth was 2.5%.", "the u.s.",
                        "the euro.");
    }

    @Test
    void shouldReturnExactTrimmedSubstrings() {
        String paragraph = "  First one.   Second one!  Third without stop  ";
        List<String> sentences = splitter.split(paragraph);

        assertThat(sentences).containsExactly("First one.", "Second one!", "Third without stop");
        assertThat(sentences).allSatisfy(s -> assertThat(paragraph).contains(s));
    }

    @Test
    void shouldReturnNothingForABlankParagraph() {
        assertThat(splitter.split("   ")).isEmpty();
    }
}
