package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The length limits of each furniture rule, shown on a line just inside and one just outside the limit. */
class KnownFurnitureLimitsTest {

    private final KnownFurniture furniture = new KnownFurniture();

    /** {@code n} filler words that no furniture rule reacts to. */
    private static String words(int n) {
        return String.join(" ", java.util.Collections.nCopies(n, "ab"));
    }

    @Test
    void shouldTakeAShortCallToActionForFurnitureUpToSixWordsWithoutAFullStop() {
        assertThat(furniture.isFurniture("Click here to see the map")).isTrue();
        assertThat(furniture.isFurniture("Click here to see the big map")).isFalse();
        assertThat(furniture.isFurniture("Click here to see the map.")).isFalse();
        assertThat(furniture.isFurniture("Harbour map for the ferry")).isFalse();
    }

    @Test
    void shouldTakeALineWithNoLettersOrDigitsForFurniture() {
        assertThat(furniture.isFurniture("* * *")).isTrue();
        assertThat(furniture.strip(List.of("First part.", "* * *", "Second part."))).containsExactly("First part.",
                "Second part.");
    }

    @Test
    void shouldKeyOnlyLinesOfAtMost250CharactersButACopyrightNoticeUpTo600() {
        String rights250 = "\u00A9 " + "x".repeat(248);
        assertThat(rights250).hasSize(250);
        assertThat(furniture.isFurniture(rights250)).isTrue();
        String rights600 = "\u00A9 " + "x".repeat(598);
        assertThat(furniture.isFurniture(rights600)).as("a notice that opens with the sign").isTrue();
        assertThat(furniture.isFurniture(rights600 + "x")).isFalse();
        String mentions251 = "x ".repeat(60) + "\u00A9 " + "x".repeat(129);
        assertThat(mentions251).hasSize(251);
        assertThat(furniture.isFurniture(mentions251)).as("the sign inside a long line").isFalse();
    }

    @Test
    void shouldTellNeighbourMarkers() {
        assertThat(furniture.isNeighbourMarker("Previous Article")).isTrue();
        assertThat(furniture.isNeighbourMarker("next post »")).isTrue();
        assertThat(furniture.isNeighbourMarker("Next week the ferry sails again")).isFalse();
        assertThat(furniture.isNeighbourMarker("Next " + "x".repeat(250))).isFalse();
    }

    @Test
    void shouldDropAHeadlineOfUpTo30WordsAfterANeighbourMarker() {
        String thirty = words(30);
        String thirtyOne = words(31);
        assertThat(furniture.strip(List.of("Body text.", "Next", thirty, "Last words."))).containsExactly("Body text.",
                "Last words.");
        assertThat(furniture.strip(List.of("Body text.", "Next", thirtyOne, "Last words."))).containsExactly(
                "Body text.", thirtyOne, "Last words.");
        // only the one line after the marker goes
        assertThat(furniture.strip(List.of("Next", "A title", "A paragraph"))).containsExactly("A paragraph");
        // furniture between the marker and the title does not end the marker's reach
        assertThat(furniture.strip(List.of("Next", "Advertisement", "A title", "A paragraph")))
                .containsExactly("A paragraph");
    }

    @Test
    void shouldTakeAPromotionOfUpTo16Words() {
        String sixteen = "Sign up for the newsletter " + words(11);
        assertThat(sixteen.split(" ")).hasSize(16);
        assertThat(furniture.isFurniture(sixteen)).isTrue();
        assertThat(furniture.isFurniture(sixteen + " harbour")).isFalse();
        assertThat(furniture.isFurniture("Harbour " + sixteen)).isFalse();
    }

    @Test
    void shouldTakeATimeStampOfUpTo12WordsWithADigit() {
        String twelve = "Updated 3 " + words(10);
        assertThat(furniture.isFurniture(twelve)).isTrue();
        assertThat(furniture.isFurniture(twelve + " harbour")).isFalse();
        assertThat(furniture.isFurniture("Updated " + words(11))).isFalse();
        assertThat(furniture.isFurniture("Harbour updated 3 times")).isFalse();
    }

    @Test
    void shouldTakeCountersOfThreeToFiveWordsWithTheIndexWithinTheTotal() {
        assertThat(List.of("4 of 10", "Photo 4 of 10", "Big photo 4 of 10", "10 of 10", "1 of 999", "1 from 5",
                "Slide 1 of 1"))
                .allMatch(furniture::isFurniture);
        assertThat(List.of("of 10", "Big photo gallery 4 of 10", "0 of 10", "11 of 10", "1 about 5", "4 x 10",
                "Photo 4 of 1000", "Photo 4 of 10a", "Photo2 4 of 10", "1234 of 5000"))
                .noneMatch(furniture::isFurniture);
    }

    @Test
    void shouldTakeDatesOfThreeToSixNumbersOfAtMostFourDigits() {
        assertThat(List.of("1.2.3", "1.2.3.4.5.6", "2018/01/27", "1,2.3", "2024-05-06 12:30:15"))
                .allMatch(KnownFurniture::isBareDate);
        assertThat(List.of("1.2", "1.2.3.4.5.6.7", "20180-01-27", "1:2:3", "1.2.3a", "", "1 2 3"))
                .noneMatch(KnownFurniture::isBareDate);
    }

    @Test
    void shouldTakeARightsLineOfUpTo30Words() {
        // the sign is not a word of the key
        String thirty = "\u00A9 " + words(30);
        assertThat(furniture.isFurniture(thirty)).isTrue();
        assertThat(furniture.isFurniture(thirty + " harbour")).isFalse();
        assertThat(furniture.isFurniture("All rights reserved " + words(27))).isTrue();
        assertThat(furniture.isFurniture("All rights reserved " + words(28))).isFalse();
        assertThat(furniture.isFurniture("Copyright 2024")).isTrue();
        assertThat(furniture.isFurniture("Copyright")).isFalse();
        assertThat(furniture.isFurniture("Copyrighted harbour maps")).isFalse();
    }

    @Test
    void shouldTakeALabelledLineOfUpTo20WordsWhenASeparatorFollowsTheLabel() {
        String twenty = "Photo: " + words(19);
        assertThat(furniture.isFurniture(twenty)).isTrue();
        assertThat(furniture.isFurniture(twenty + " harbour")).isFalse();
        assertThat(List.of("Photo - dpa", "Photo | dpa", "Photo \u2014 dpa", "Photo \u2013 dpa", "See also: the map",
                "Read also - the ferry story"))
                .allMatch(furniture::isFurniture);
        assertThat(List.of("Photo-dpa agency archive images", "Photo dpa: harbour", "Photo of the harbour | dpa"))
                .noneMatch(furniture::isFurniture);
    }

    @Test
    void shouldTakeAConsentPlaceholderOfUpTo60Words() {
        String sixty = "Allow third-party content " + words(56);
        assertThat(LineKey.of(sixty).words()).isEqualTo(60);
        assertThat(furniture.isFurniture(sixty)).isTrue();
        assertThat(furniture.isFurniture(sixty + " ab")).isFalse();
    }

    @Test
    void shouldTakeASocialCallOfUpTo45WordsWhereASentenceOpensWithTheCall() {
        String call = "The harbour is lovely in spring. Follow us on Instagram";
        String fortyFive = call + " " + words(45 - 10);
        assertThat(fortyFive.split(" ")).hasSize(45);
        assertThat(furniture.isFurniture(fortyFive)).isTrue();
        assertThat(furniture.isFurniture(fortyFive + " x")).isFalse();
        assertThat(furniture.isFurniture("The harbour is lovely! Join our Telegram channel")).isTrue();
        assertThat(furniture.isFurniture("Is the harbour lovely? Check out our YouTube channel")).isTrue();
        assertThat(furniture.isFurniture("The harbour is lovely and we follow it on Instagram every day")).isFalse();
        assertThat(furniture.isFurniture("The harbour is lovely. Follow the ferry timetable closely now")).isFalse();
    }

    @Test
    void shouldCutTheClosingSectionOnlyWhenWhatFollowsTheLabelIsAtMost35PerCentOfTheText() {
        String body = "The ferry is back in service after months of dry dock work";
        String contact = "Write to the harbour office by post";
        assertThat(body.length() + "Contact".length() + contact.length()).isEqualTo(100);
        // 35 of 100 characters after the label: within the share, cut
        assertThat(furniture.strip(List.of(body, "Contact", contact))).containsExactly(body);
        // 36 of 100: more than the share, so only the label itself goes (it is furniture on its own)
        String shorterBody = "The ferry is back in service after months of dry docking.";
        String longerContact = contact + "!";
        assertThat(shorterBody.length() + "Contact".length() + longerContact.length()).isEqualTo(100);
        assertThat(furniture.strip(List.of(shorterBody, "Contact", longerContact)))
                .containsExactly(shorterBody, longerContact);
    }

    @Test
    void shouldNeverCutAtTheFirstLine() {
        String label = "About us" + ".".repeat(200);
        assertThat(furniture.strip(List.of(label, "Sunfield."))).containsExactly(label, "Sunfield.");
    }

    @Test
    void shouldNotTakeALabelWithNothingAfterItForALabelledLine() {
        assertThat(furniture.isFurniture("Credit")).isFalse();
        assertThat(furniture.isFurniture("Credit Suisse")).isFalse();
    }

    @Test
    void shouldTakeAHyphenAfterTheLabelAsASeparatorOnlyWithASpaceBeforeIt() {
        assertThat(furniture.isFurniture("Photo -dpa " + words(6))).isTrue();
        assertThat(furniture.isFurniture("Photo- dpa " + words(6))).isFalse();
    }
}
