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
        assertThat(splitter.split("")).isEmpty();
    }

    @Test
    void shouldEndASentenceAtAStopStandingAlone() {
        assertThat(splitter.split("He paused . Then he left.")).containsExactly("He paused .", "Then he left.");
    }

    @Test
    void shouldEndASentenceAtANumberThatIsNoInitial() {
        assertThat(splitter.split("The score was 5. Then rain fell.")).containsExactly("The score was 5.", "Then rain fell.");
    }

    @Test
    void shouldEndASentenceAtAWordThatOnlyStartsWithADot() {
        assertThat(splitter.split("They moved to .NET. Developers cheered."))
                .containsExactly("They moved to .NET.", "Developers cheered.");
    }

    @Test
    void shouldEndASentenceAfterEtcOrACompanyWhenANewSentenceClearlyStarts() {
        assertThat(splitter.split("Bonds, notes, etc. Prices rose later."))
                .containsExactly("Bonds, notes, etc.", "Prices rose later.");
        assertThat(splitter.split("Shares of Acme Inc. The firm said so."))
                .containsExactly("Shares of Acme Inc.", "The firm said so.");
        assertThat(splitter.split("Prices rose 3 p.c. Bankers acted.")).containsExactly("Prices rose 3 p.c. Bankers acted.");
    }

    @Test
    void shouldEndASentenceAfterAMonthOnlyWhenANewSentenceClearlyStarts() {
        assertThat(splitter.split("We met in Jan. The talks failed.")).containsExactly("We met in Jan.", "The talks failed.");
        assertThat(splitter.split("We met in Jan. Later we left.")).containsExactly("We met in Jan. Later we left.");
    }

    @Test
    void shouldReadAbbreviationsAndNextWordsPastQuotesAndBrackets() {
        assertThat(splitter.split("The prize went to (Dr. Chen) and her team."))
                .containsExactly("The prize went to (Dr. Chen) and her team.");
        assertThat(splitter.split("Trade with the U.S. \"The deal\" follows."))
                .containsExactly("Trade with the U.S.", "\"The deal\" follows.");
        assertThat(splitter.split("Trade with the U.S. They're pleased."))
                .containsExactly("Trade with the U.S.", "They're pleased.");
    }

    @Test
    void shouldEndASentenceAtAStopInsideClosingQuotesOrBracketsWhateverFollows() {
        assertThat(splitter.split("He said \"it is over.\" then he left."))
                .containsExactly("He said \"it is over.\"", "then he left.");
        assertThat(splitter.split("It ended!) The crowd left.")).containsExactly("It ended!)", "The crowd left.");
        assertThat(splitter.split("It ended.] The crowd left.")).containsExactly("It ended.]", "The crowd left.");
        assertThat(splitter.split("It ended.\u2019 The crowd left.")).containsExactly("It ended.\u2019", "The crowd left.");
    }

    @Test
    void shouldEndAQuestionBeforeALowercaseWordUnlessAQuoteClosesOnIt() {
        assertThat(splitter.split("He said no? she nodded.")).containsExactly("He said no?", "she nodded.");
        assertThat(splitter.split("He said \"no?\" she nodded.")).containsExactly("He said \"no?\" she nodded.");
        assertThat(splitter.split("He won?! no one believed it.")).containsExactly("He won?!", "no one believed it.");
    }

    @Test
    void shouldTreatTwoOrMoreDotsAsAnEllipsis() {
        assertThat(splitter.split("Yes.. no.")).containsExactly("Yes.. no.");
        assertThat(splitter.split("Stop!! Now go.")).containsExactly("Stop!!", "Now go.");
        assertThat(splitter.split("We waited... \"Nobody came,\" she said."))
                .containsExactly("We waited...", "\"Nobody came,\" she said.");
        assertThat(splitter.split("We waited... \"")).containsExactly("We waited... \"");
    }

    @Test
    void shouldSplitAtAnyWhitespace() {
        assertThat(splitter.split("The end.\tNew start.\nLast one.")).containsExactly("The end.", "New start.", "Last one.");
    }

    @Test
    void shouldEndTheLastSentenceAtTheEndOfTheParagraph() {
        assertThat(splitter.split("Go now!  ")).containsExactly("Go now!");
        assertThat(splitter.split("It went well. Done")).containsExactly("It went well.", "Done");
        assertThat(splitter.split("The vote is over. \"")).containsExactly("The vote is over.", "\"");
    }

    @Test
    void shouldEndASentenceBeforeANumberUnlessANumberShorthandPrecedesIt() {
        assertThat(splitter.split("Sales rose. 2025 looks better.")).containsExactly("Sales rose.", "2025 looks better.");
        assertThat(splitter.split("It ranked No. 3 in sales.")).containsExactly("It ranked No. 3 in sales.");
    }
}
