package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import articleflow.model.ContentType;

/**
 * Pages we wrote, one per kind of page the extractor once got wrong; each test pins exactly which text is kept.
 * The pages live in {@code src/test/resources/pages}, named for the failure they pin.
 */
class ExtractionFailureClassesTest {

    private final Normalizer normalizer = new Normalizer();

    @Test
    void shouldReadThroughAHeaderThatWasNeverClosed() {
        NormalizedText result = normalize("unclosed-header-wraps-page.html");

        assertThat(result.title()).isEqualTo("Emden im Herbst");
        assertThat(result.paragraphs()).containsExactly(
                "Die Seehafenstadt an der Ems ist im Herbst am schönsten, wenn die Ausflugsboote wieder Platz haben und der "
                        + "Wind die Wolken über den Ratsdelft treibt.",
                "Die Kunsthalle zeigt in diesem Jahr eine Sammlung norddeutscher Landschaftsmalerei, die man an einem "
                        + "Regentag gut zwei Stunden lang ansehen kann.",
                "Wer lieber draußen ist, leiht sich am Bahnhof ein Rad und fährt auf dem Deich bis nach Knock, wo die "
                        + "Schiffe in den Dollart einlaufen.");
    }

    @Test
    void shouldKeepTheLedeInTheArticlesOwnHeaderButNotTheSiteHeader() {
        NormalizedText result = normalize("article-header-holds-lede.html");

        assertThat(result.title()).isEqualTo("Ferry fares to rise in spring");
        assertThat(result.paragraphs()).containsExactly(
                "The island ferry will cost commuters a fifth more from April, the operator said, blaming fuel and the new "
                        + "engines.",
                "The operator told the council on Monday that the monthly pass would go up from 60 to 72 pounds, the first "
                        + "rise in six years.",
                "Councillors asked for a discount for students and pensioners, which the operator said it would consider "
                        + "before the summer timetable.",
                "A petition against the rise has collected more than two thousand signatures since it was started by a group "
                        + "of nurses last week.");
    }

    @Test
    void shouldKeepAStandfirstInItsOwnBoxBetweenHeadlineAndBodyButNotBylineOrCaption() {
        NormalizedText result = normalize("standfirst-in-its-own-box.html");

        assertThat(result.title()).isEqualTo("Der Nachtzug nach Wien fährt wieder täglich");
        assertThat(result.paragraphs()).containsExactly(
                "Nach zwei Jahren Pause verbindet ein Schlafwagenzug Hamburg wieder jede Nacht mit Wien, mit neuen Abteilen "
                        + "und einem Speisewagen.",
                "Die Bahn hat am Dienstag den Fahrplan für den Sommer vorgestellt, und der Nachtzug nach Wien ist wieder jeden "
                        + "Tag dabei.",
                "Der Zug fährt um halb zehn am Abend in Hamburg ab und erreicht Wien am nächsten Morgen kurz nach neun Uhr, "
                        + "über Hannover und Nürnberg.",
                "Die Abteile haben jetzt eigene Duschen, und im Speisewagen gibt es ein Frühstück aus der Region, sagte eine "
                        + "Sprecherin der Bahn.");
    }

    @Test
    void shouldReadAnArticleThatOnlyItsNoscriptHolds() {
        NormalizedText result = normalize("noscript-holds-the-article.html");

        assertThat(result.paragraphs()).containsExactly(
                "Over the past year we have seen phishing pages that live for less than an hour, long enough to fool people "
                        + "and gone before any list can block them.",
                "The new protection checks a page against our servers in real time, using a hashed prefix of its address so "
                        + "that we never learn which page was visited.",
                "People who turn it on will also be warned when a password they type appears in a known breach.");
    }

    @Test
    void shouldTakeTheArticleBodyFromJsonLdWhenOnlyScriptsRenderTheText() {
        NormalizedText result = normalize("article-only-in-json-ld.html");

        assertThat(result.title()).isEqualTo("Bibliothek öffnet sonntags | Stadtanzeiger");
        assertThat(result.paragraphs()).containsExactly(
                "Die Stadtbibliothek öffnet vom ersten Mai an auch sonntags, von elf bis siebzehn Uhr.",
                "Der Stadtrat hat dafür am Donnerstag zwei zusätzliche Stellen bewilligt, die aus dem Kulturetat bezahlt werden.",
                "In einer Umfrage hatten sich zwei Drittel der Leserinnen und Leser längere Öffnungszeiten am Wochenende "
                        + "gewünscht.");
    }

    @Test
    void shouldKeepTheExtractedTextWhenJsonLdSaysNoMore() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", \"articleBody\": "
                + "\"Short teaser only.\"}</script></head><body><article><p>The whole post, which is longer than the teaser "
                + "that its JSON-LD carries, stays as the page shows it.</p></article></body></html>";

        assertThat(normalizer.normalize("Post", html, ContentType.HTML).paragraphs()).containsExactly(
                "The whole post, which is longer than the teaser that its JSON-LD carries, stays as the page shows it.");
    }

    @Test
    void shouldIgnoreBrokenJsonLd() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": "
                + "</script></head><body><p>Text of the page.</p></body></html>";

        assertThat(normalizer.normalize("T", html, ContentType.HTML).paragraphs()).containsExactly("Text of the page.");
    }

    @Test
    void shouldDropAuthorBiosDisclaimersAndRelatedBoxesThatTheirNamesGiveAway() {
        NormalizedText result = normalize("author-bio-and-related-box-inside-article.html");

        assertThat(result.paragraphs()).containsExactly(
                "The planning board approved a small tidal power plant at the mouth of the estuary on Wednesday, after two "
                        + "years of hearings.",
                "The plant will have twelve turbines on the seabed and should supply about four thousand homes once it is "
                        + "running in two years.",
                "Fishing groups said they would watch the first year closely, but did not oppose the plan after changes to "
                        + "the turbine spacing.",
                "The developer, a cooperative of three harbour towns, still has to raise about a third of the money, which it "
                        + "hopes to borrow from the regional bank.");
    }

    @Test
    void shouldDropGalleryCountersCreditsAndCopyrightLines() {
        NormalizedText result = normalize("gallery-counters-and-credits.html");

        assertThat(result.paragraphs()).containsExactly(
                "Drei Tage lang hat die Altstadt gefeiert, mit Musik auf vier Bühnen und einem Flohmarkt, der bis an den Fluss "
                        + "reichte.",
                "Die Veranstalter zählten nach eigenen Angaben mehr als vierzigtausend Besucher, so viele wie nie zuvor an "
                        + "einem Wochenende.",
                "Die Polizei sprach von einem friedlichen Fest; nur am Samstagabend musste sie zweimal eingreifen, als es am "
                        + "Ufer zu voll wurde.",
                "Im nächsten Jahr soll das Fest auf den Marktplatz ausgedehnt werden, wenn die Bauarbeiten dort rechtzeitig "
                        + "fertig werden.");
    }

    @Test
    void shouldDropTheConsentPlaceholderOfAnEmbeddedPost() {
        NormalizedText result = normalize("consent-placeholder-for-embedded-post.html");

        assertThat(result.paragraphs()).containsExactly(
                "Der Radweg entlang des Kanals ist seit Montag durchgehend befahrbar, nach zwei Jahren Bauzeit und einigen "
                        + "Verzögerungen.",
                "Der Weg ist vier Meter breit und hat eine eigene Beleuchtung, die nachts nur angeht, wenn jemand vorbeifährt.",
                "Die Stadt rechnet mit bis zu dreitausend Radfahrern am Tag, vor allem Pendlern zwischen dem Hafen und der "
                        + "Innenstadt.");
    }

    @Test
    void shouldDropReadAlsoTeasersInsideTheArticle() {
        NormalizedText result = normalize("read-also-teasers-inside-article.html");

        assertThat(result.paragraphs()).containsExactly(
                "The crews' union called off Thursday's strike late on Wednesday evening after the operator offered a new pay "
                        + "deal.",
                "The offer raises pay by four percent this year and three percent next year, and adds a day of leave for night "
                        + "crews.",
                "Union members will vote on the deal next week; until then, all sailings run to the usual timetable, the "
                        + "operator said.",
                "Commuters who had booked hotel rooms on the mainland for Thursday night can cancel them free of charge, several "
                        + "hotels said.");
    }

    @Test
    void shouldEndAPressReleaseBeforeItsAboutUsAndContactSection() {
        NormalizedText result = normalize("press-release-about-the-company.html");

        assertThat(result.paragraphs()).containsExactly(
                "Berlin, 12 March 2024 – The citizens' energy cooperative Sunfield opened its third solar park on Friday, on "
                        + "land that used to be a gravel pit north of the city.",
                "The park has twenty thousand panels and will supply about two thousand homes; members can buy shares in it "
                        + "from ten euros upward.",
                "\"We have shown that people will invest in the energy they use,\" said the cooperative's chair, who thanked "
                        + "the town for its support.",
                "The next park is planned for the old airfield, where the council still has to change the zoning plan before "
                        + "work can begin.");
    }

    @Test
    void shouldKeepEverySectionOfAnArticleThatSubheadsAndAdsSplitInThree() {
        NormalizedText result = normalize("article-in-three-headed-sections.html");

        assertThat(result.paragraphs()).containsExactly(
                "A wheel that turns again",
                "The town bought the old flour mill by the river last spring, and on Saturday it opens again, this time as the "
                        + "town's library.",
                "The architects kept the wooden beams and the great wheel, which now turns again, slowly, behind a glass wall "
                        + "in the reading room.",
                "Engineers from the university restored the gears over the winter, working from drawings found in the attic of "
                        + "the miller's house.",
                "Books where the grain was",
                "There are twenty thousand books on three floors, a children's corner in the old grain store, and a café where "
                        + "the sacks were filled.",
                "The conversion cost four million euros, a third of it from a regional fund for old industrial buildings, the "
                        + "mayor said.",
                "The old loading bay is now the entrance, with a ramp for wheelchairs and prams where the carts once stood to be "
                        + "unloaded.",
                "Open on Sundays",
                "Opening hours will be longer than in the old building, and on Sundays the library will be open in the "
                        + "afternoon for families.",
                "Volunteers from the history society will guide visitors through the mill's machinery, on the first Saturday "
                        + "of every month.",
                "The first event is a reading by a local author whose grandfather worked at the mill until it closed, some "
                        + "sixty years ago.");
    }

    @Test
    void shouldDropAHeadingThatOnlyIntroducesLinksOrEndsTheArticle() {
        NormalizedText result = normalize("teaser-box-heading-over-links.html");

        assertThat(result.paragraphs()).containsExactly(
                "Wegen des Hochwassers ist die Schifffahrt auf dem Rhein zwischen Mainz und Koblenz seit Dienstagmittag "
                        + "eingestellt.",
                "Der Pegel in Kaub stieg bis zum Abend auf mehr als sieben Meter, und die Behörden rechnen mit einem weiteren "
                        + "Anstieg.",
                "In Oberwesel standen die ersten Keller unter Wasser; die Feuerwehr war die ganze Nacht mit Pumpen im Einsatz.",
                "Die Reedereien warten ab: Erst wenn der Pegel unter die Marke von sechs Metern vierzig fällt, dürfen die "
                        + "Schiffe wieder fahren.");
    }

    @Test
    void shouldDropCaptionsBesideTheirPicturesAndABareDateButKeepAParagraphAPictureOpens() {
        NormalizedText result = normalize("captions-outside-figure.html");

        // a teaser's picture elsewhere on the page is described like the headline: the headline stays
        assertThat(result.title()).isEqualTo("El faro de Cabo Mayor vuelve a abrir");
        assertThat(result.paragraphs()).containsExactly(
                "El faro de Cabo Mayor abre de nuevo sus puertas al público este sábado, después de dos años de obras en la "
                        + "torre y en la antigua casa del farero.",
                "Las visitas serán guiadas y gratuitas, en grupos de quince personas, y habrá que reservar plaza en la web "
                        + "del ayuntamiento con una semana de antelación.",
                "La casa del farero acoge ahora una exposición sobre la historia de la navegación en la bahía, con cartas "
                        + "náuticas del siglo diecinueve.",
                "El horario de verano empieza el 1 de junio: de martes a domingo, de diez de la mañana a ocho de la tarde, "
                        + "con cierre a mediodía.");
    }

    @Test
    void shouldKeepThePagesOwnArticleWhenTheNextOneLoadedBelowItIsLonger() {
        NormalizedText result = normalize("next-article-loaded-below.html");

        assertThat(result.title()).isEqualTo("Der Wochenmarkt zieht um");
        assertThat(result.paragraphs()).containsExactly(
                "Der Wochenmarkt verlässt nach vierzig Jahren den Rathausplatz und steht vom ersten Juni an auf dem "
                        + "Parkplatz am Hafen, hat der Stadtrat am Dienstag beschlossen.",
                "Die Händler hatten sich mehr Platz gewünscht, und am Hafen gibt es Strom für die Kühlwagen, sagte die "
                        + "Marktmeisterin, die den Umzug seit dem Winter plant.",
                "Der Markt bleibt mittwochs und samstags von sieben bis dreizehn Uhr geöffnet.");
    }

    @Test
    void shouldKeepAParagraphWhoseSentenceRunsOnInsideALinkButNotTheLinksUnderTheArticle() {
        NormalizedText result = normalize("sentence-runs-on-inside-a-link.html");

        assertThat(result.title()).isEqualTo("New spokesman for the harbour board");
        assertThat(result.paragraphs()).containsExactly(
                "Tom Ellery has become the harbour board's spokesman and will answer questions from the press about the new "
                        + "quay, the ferry timetable and the dredging of the channel, the board said on Friday.",
                "For four years before that he spoke for the island ferry company, where he ran its media relations, its "
                        + "public campaigns, its internal newsletter and, in the busy summers, the timetable hotline.",
                "He started out as a reporter on the evening paper, where he covered the docks, the courts and, for one long "
                        + "winter, the town council's budget rows.");
    }

    static String page(String name) {
        try (InputStream in = ExtractionFailureClassesTest.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NormalizedText normalize(String name) {
        return normalizer.normalize(null, page(name), ContentType.HTML);
    }
}
