package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KnownFurnitureTest {

    private final KnownFurniture furniture = new KnownFurniture();

    @Test
    void shouldRecogniseWholeFurnitureLinesWhateverTheirCaseAndPunctuation() {
        assertThat(List.of("No time to read?", "GET A SUMMARY", "Share this article", "Subscribe now!", "Sign up",
                "Follow us on Twitter", "Advertisement", "Read more »", "Related articles", "We use cookies",
                "Listen to this story", "Artikel anhören", "Teilen", "Weiterlesen", "Lire la suite", "Leer más", "Leia mais", "Leggi anche", "Publicidade"))
                .allMatch(furniture::isFurniture);
    }

    @Test
    void shouldNotMistakeSentencesForFurniture() {
        assertThat(List.of("More than 40,000 readers subscribe to the paper's print edition.",
                "Share prices fell sharply on Monday.", "Sign up rates for the course doubled this year, officials said.",
                "Related"
                        + " research suggests otherwise."))
                .noneMatch(furniture::isFurniture);
    }

    @Test
    void shouldRecognisePromotionsWrittenAsSentencesByWhatTheySell() {
        assertThat(List.of("Sign up for the Metro Morning briefing at the bottom of every page.",
                "Subscribe to our daily newsletter for the best stories in your inbox.",
                "Abonnez-vous à notre infolettre."))
                .allMatch(furniture::isFurniture);
        assertThat(List.of("Sign up rates for the newsletter doubled this year, and the paper's editors were delighted "
                        + "with the response from readers across the region.",
                "Subscribers said the briefing was too long."))
                .noneMatch(furniture::isFurniture);
    }

    @Test
    void shouldDropNeighbourMarkersWithTheTitleThatFollows() {
        List<String> lines = List.of("Body text.", "Previous Article", "An earlier story", "Nächster Artikel",
                "Ein späterer Artikel", "Last words.");

        assertThat(furniture.strip(lines)).containsExactly("Body text.", "Last words.");
    }

    @Test
    void shouldKeepAParagraphAfterAMarkerWhenItIsTooLongToBeATitle() {
        String paragraph = "This is a long paragraph of real prose that follows a stray marker, and it goes on well past "
                + "the length any headline would have, so it is the article's own text and must be kept whole.";

        assertThat(furniture.strip(List.of("Next", paragraph))).containsExactly(paragraph);
    }

    @Test
    void shouldCompareLinesByTheirLettersAndDigitsOnly() {
        assertThat(KnownFurniture.key("  Kim Jong Un’s   Visit: Key-Developments! ")).isEqualTo("kim jong un s visit key developments");
    }

    @Test
    void shouldRecogniseTimeStampsButNotSentencesAboutTime() {
        assertThat(List.of("Published 11:11 PM EST Nov 19, 2019", "Updated at 1:23 p.m.", "Veröffentlicht am 3. Mai 2024",
                "Tempo de leitura: 1 minuto", "Publié le 2 juin 2023 à 10h00"))
                .allMatch(furniture::isFurniture);
        assertThat(List.of("Updated figures show 3,000 more homes were built in 2023 than the council had planned for.",
                "Published without a date"))
                .noneMatch(furniture::isFurniture);
    }
}
