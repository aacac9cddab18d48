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
    void shouldKeyEveryCharacterAsTheUnicodeTablesSay() {
        // the ASCII shortcut must agree with Character's answers, and letters beyond ASCII still count
        for (char c = 0; c < 0x3000; c++) {
            String expected = Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : "";

            assertThat(KnownFurniture.key("x" + c + "x")).as("U+%04X", (int) c)
                    .isEqualTo(expected.isEmpty() ? "x x" : "x" + expected + "x");
        }
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

    @Test
    void shouldRecogniseGalleryCountersByTheirShapeInAnyLanguage() {
        assertThat(List.of("Bild 3 von 12", "Photo 4 of 10", "Foto 2 de 7", "Zdjęcie 1 z 5", "3 sur 9"))
                .allMatch(furniture::isFurniture);
        assertThat(List.of("82 x 86", "Bayern 2 Dortmund 1", "Chapter 12 of 3", "1 : 5", "Top 10 of 2024"))
                .noneMatch(furniture::isFurniture);
    }

    @Test
    void shouldRecogniseRightsAndReprintLines() {
        assertThat(List.of("© 2024 Harbour Times", "Copyright 2023 Example Television. All rights reserved.",
                "Foto: Anna Beispiel © Stadtarchiv", "Alle Rechte vorbehalten.", "Tous droits réservés"))
                .allMatch(furniture::isFurniture);
        assertThat(furniture.isFurniture("The court ruled that the rights reserved by the old contract had lapsed long before "
                + "the new owners bought the building, so the tenants could stay, and the judge said the landlord had known it "
                + "all along.")).isFalse();
    }

    @Test
    void shouldRecogniseALongNoticeThatOpensWithTheCopyrightSignButNotProseThatMentionsItLater() {
        String notice = "© 2021, Harbour Times Online. This story is the copyrighted property of the Harbour Times and its "
                + "writers. Written permission must be obtained before it is reprinted in online or print media, in part or "
                + "in whole. Copying it without permission and payment is theft and is punishable by law.";
        assertThat(notice.length()).isGreaterThan(250);
        assertThat(furniture.isFurniture(notice)).isTrue();
        assertThat(furniture.strip(List.of("The ferry runs again from Monday.", notice)))
                .containsExactly("The ferry runs again from Monday.");
        String prose = "The museum's new catalogue, which lists every picture the town has bought since the war, carries a "
                + "line that reads © 2021 on each page, and the curator said the rights to the older photographs were still "
                + "being sorted out with the families who had lent them, some of whom had not answered her letters yet.";
        assertThat(furniture.isFurniture(prose)).isFalse();
    }

    @Test
    void shouldRecognisePolishCallsToPrintShareAndReadMoreButNotASentenceWithTheSameWord() {
        assertThat(List.of("drukuj", "Podziel się", "Czytaj więcej »", "Powiązane artykuły", "Tagi"))
                .allMatch(furniture::isFurniture);
        assertThat(furniture.isFurniture("Drukuj dokumenty tylko wtedy, gdy naprawdę musisz.")).isFalse();
    }

    @Test
    void shouldRecogniseAPaywallsWordsToSubscribersButNotNewsAboutSubscribers() {
        assertThat(List.of("To view the full story, please subscribe to the Harbour Times for five pounds a month.",
                "Already a subscriber? Log in here.", "Dieser Beitrag ist nur für Abonnenten.",
                "¿Ya eres suscriptor? Inicia sesión", "Cet article est réservé aux abonnés."))
                .allMatch(furniture::isFurniture);
        assertThat(furniture.isFurniture("The paper lost a fifth of its subscribers last year, the publisher said.")).isFalse();
    }

    @Test
    void shouldRecogniseAnIssueCreditAndAPicturesButtonAloneOnTheirLine() {
        assertThat(List.of("ERSCHIENEN IN", "Published in", "Bild anzeigen", "Enlarge image"))
                .allMatch(furniture::isFurniture);
        assertThat(furniture.isFurniture("Published in a small run, the novel sold poorly at first.")).isFalse();
    }

    @Test
    void shouldDropALabelThatEndsTheTextButNotOneThatIntroducesALaterLine() {
        assertThat(furniture.strip(List.of("The ferry runs again from Monday.", "The timetable:",
                "Every hour from seven until ten.", "More on this topic:")))
                .containsExactly("The ferry runs again from Monday.", "The timetable:", "Every hour from seven until ten.");
        assertThat(furniture.strip(List.of("Der Wochenmarkt zieht an den Hafen.", "Mehr Themen:", "Empfohlen:")))
                .containsExactly("Der Wochenmarkt zieht an den Hafen.");
        // a sentence that ends with a colon is longer than a label
        assertThat(furniture.strip(List.of("The mayor said the following when she opened the new quay on Friday:")))
                .containsExactly("The mayor said the following when she opened the new quay on Friday:");
    }

    @Test
    void shouldRecogniseLabelledTeasersAndCreditsButNotSentencesThatStartWithTheSameWord() {
        assertThat(List.of("Lesen Sie auch: Der Nachtzug nach Wien fährt wieder", "Read also: Ferry fares to rise in spring",
                "Foto: dpa", "(Bild: Anna Beispiel)", "Quelle: Statistisches Bundesamt", "ANZEIGE – Jetzt bestellen",
                "Czytaj też: Nowy most w Gdańsku"))
                .allMatch(furniture::isFurniture);
        assertThat(List.of("Foto des Tages zeigt den Hafen im Nebel", "Source of the leak: an unnamed official",
                "Bild-Zeitung: Der Kanzler reist nach Paris",
                "Photographers waited outside the court: the verdict came at noon, after a week of evidence."))
                .noneMatch(furniture::isFurniture);
    }

    @Test
    void shouldRecogniseConsentPlaceholdersForEmbeddedPosts() {
        assertThat(List.of("An dieser Stelle findest du einen externen Inhalt von Instagram, der den Artikel ergänzt.",
                "Empfohlener redaktioneller Inhalt", "You need to allow third-party content to view this content."))
                .allMatch(furniture::isFurniture);
    }

    @Test
    void shouldCutThePagesOwnClosingSectionThatALabelStartsLateInTheText() {
        List<String> article = List.of(
                "The cooperative opened its third solar park on Friday, on land that used to be a gravel pit.",
                "It will supply about two thousand homes, and members can buy shares from ten euros upward.",
                "The next park is planned for the old airfield, where the council still has to change the zoning plan.",
                "About us",
                "Sunfield is a citizens' energy cooperative founded in 2009.",
                "Press contact",
                "Jo Example, +49 30 1234567");

        assertThat(furniture.strip(article)).containsExactlyElementsOf(article.subList(0, 3));
    }

    @Test
    void shouldNotCutAtALabelEarlyInTheText() {
        List<String> article = List.of(
                "Contact",
                "The first contact between the two delegations took place in a hotel by the lake, far from the cameras.",
                "Both sides said afterwards that the talks had been useful, without saying what had been discussed at all.",
                "A second round is planned for next month, when the ministers themselves are expected to attend.");

        assertThat(furniture.strip(article)).containsExactlyElementsOf(article.subList(1, 4));
    }

    @Test
    void shouldRecogniseCallsToFollowThePublisherOnASocialNetwork() {
        assertThat(List.of("Follow The Harbour Times on Twitter and Instagram for the latest news.",
                "¡Mira lo que tiene nuestro canal de YouTube!", "Folgt uns auf Instagram: @hafenzeitung",
                "Wann fährt die Fähre? Abonniere unseren WhatsApp-Kanal."))
                .allMatch(furniture::isFurniture);
        assertThat(List.of("Critics on Twitter told the minister to follow the rules he had set for everyone else.",
                "The company said it would follow Facebook's lead and publish its moderation guidelines next year."))
                .noneMatch(furniture::isFurniture);
    }

    @Test
    void shouldTakeALineThatIsOnlyADateForFurnitureButNotANumberOrASentenceWithADate() {
        assertThat(List.of("23.10.2018", "2022-01-27 | 14:30", "1/12/2023, 08:15", " 05.06.2024 "))
                .allMatch(furniture::isFurniture);
        assertThat(List.of("2018", "3:1", "19.99", "Am 23.10.2018 stimmte der Rat zu.", "Tabelle 2.3.1"))
                .noneMatch(furniture::isFurniture);
    }
}
