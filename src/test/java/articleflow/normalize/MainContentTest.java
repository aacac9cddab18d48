package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which blocks {@link MainContent} picks as the article, on small pages whose article is known. */
class MainContentTest {

    private static final String P1 = "The harbour ferry went back into service on Tuesday after four months in dry dock, "
            + "the port authority said.";
    private static final String P2 = "Engineers replaced both engines, which will cut fuel use by a third, and refitted "
            + "the passenger deck.";
    private static final String P3 = "Commuters with a monthly pass keep their price until the end of the year, after "
            + "which fares rise with inflation.";
    private static final String P4 = "The island's council welcomed the return, saying the winter detours had cost "
            + "businesses dearly, and asked for a spare vessel.";

    private final MainContent mainContent = new MainContent();
    private final HtmlText htmlText = new HtmlText();

    private List<String> article(String bodyHtml) {
        return article(bodyHtml, true);
    }

    private List<String> article(String bodyHtml, boolean mayMarkArticleBody) {
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        return mainContent.select(body, htmlText.blocks(body), mayMarkArticleBody).stream()
                .map(block -> new TextCleaner().clean(block.text())).toList();
    }

    private static String links(String... titles) {
        StringBuilder ul = new StringBuilder("<ul>");
        for (String title : titles) {
            ul.append("<li><a href=\"/a\">").append(title).append("</a></li>");
        }
        return ul.append("</ul>").toString();
    }

    private static String p(String text) {
        return "<p>" + text + "</p>";
    }

    @Test
    void shouldPickTheContainerWithTheMostProseOverASidebar() {
        String page = "<div class=\"story\">" + p(P1) + p(P2) + p(P3) + "</div>"
                + "<div class=\"rail\"><p>Weather: rain later in the day, turning to snow, with winds from the west.</p></div>";

        assertThat(article(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void shouldReturnEveryBlockWhenNoneIsLongEnoughToVote() {
        assertThat(article("<div><p>Short one.</p><p>Short two.</p></div><div><p>Short three.</p></div>"))
                .containsExactly("Short one.", "Short two.", "Short three.");
    }

    @Test
    void shouldDropALinkListInsideTheArticle() {
        String page = "<div>" + p(P1) + p(P2)
                + links("Town council approves new cycle lanes", "Lighthouse cottages to open as a museum") + p(P3)
                + "</div>";

        assertThat(article(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void shouldDropAHeadingThatOnlyIntroducesLinksOrEndsTheArticle() {
        String page = "<div>" + p(P1) + "<h2>Fares</h2>" + p(P2) + p(P3)
                + "<div><h3>More on this topic</h3>"
                + links("Town council approves new cycle lanes", "Lighthouse cottages to open as a museum") + "</div>"
                + "<h2>Share</h2></div>";

        assertThat(article(page)).containsExactly(P1, "Fares", P2, P3);
    }

    @Test
    void shouldDropAHeadingOverASubHeadingThatIntroducesOnlyLinks() {
        String page = "<div>" + p(P1) + p(P2) + p(P3)
                + "<div><h2>Elsewhere</h2><h3>Read next</h3>"
                + links("Town council approves new cycle lanes", "Lighthouse cottages to open as a museum") + "</div>"
                + "</div>";

        assertThat(article(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void shouldKeepAHeadingOverASubHeadingThatIntroducesProse() {
        String page = "<div>" + p(P1) + "<h2>The refit</h2><h3>Engines</h3>" + p(P2) + p(P3) + "</div>";

        assertThat(article(page)).containsExactly(P1, "The refit", "Engines", P2, P3);
    }

    @Test
    void shouldKeepAHeadingWhoseLinkListIsFollowedByProseInTheSameBox() {
        String page = "<div>" + p(P1) + "<h2>Timetable</h2>"
                + links("Summer timetable for all routes", "Winter timetable for all routes") + p(P2) + p(P3) + "</div>";

        assertThat(article(page)).containsExactly(P1, "Timetable", P2, P3);
    }

    @Test
    void shouldDropAHeadingFollowedByLinksAndThenAnotherHeading() {
        String page = "<div>" + p(P1) + "<h2>See also</h2>"
                + links("Summer timetable for all routes", "Winter timetable for all routes") + "<h2>The refit</h2>"
                + p(P2) + p(P3) + "</div>";

        assertThat(article(page)).containsExactly(P1, "The refit", P2, P3);
    }

    @Test
    void shouldAddTheStandfirstBetweenTheHeadlineAndTheBody() {
        String standfirst = "After four months in dry dock, the island's only ferry is back, with new engines and "
                + "a later last sailing.";
        String page = "<div class=\"head\"><h1>Ferry returns</h1><p>By Jo Example</p><p>" + standfirst + "</p></div>"
                + "<div class=\"body\">" + p(P1) + p(P2) + p(P3) + p(P4) + "</div>";

        assertThat(article(page)).containsExactly(standfirst, P1, P2, P3, P4);
    }

    @Test
    void shouldNotAddAStandfirstWithoutAHeadlineOrWithLinksOrBesideAPicture() {
        String standfirst = "After four months in dry dock, the island's only ferry is back, with new engines and "
                + "a later last sailing.";
        String noHeadline = "<div class=\"head\"><h2>Ferry returns</h2><p>" + standfirst + "</p></div>"
                + "<div class=\"body\">" + p(P1) + p(P2) + p(P3) + p(P4) + "</div>";
        String linked = "<div class=\"head\"><h1>Ferry returns</h1><p><a href=\"/x\">" + standfirst + "</a></p></div>"
                + "<div class=\"body\">" + p(P1) + p(P2) + p(P3) + p(P4) + "</div>";
        String caption = "<div class=\"head\"><h1>Ferry returns</h1><div><img src=\"f.jpg\"><p>" + standfirst
                + "</p></div></div><div class=\"body\">" + p(P1) + p(P2) + p(P3) + p(P4) + "</div>";
        String listed = "<div class=\"head\"><h1>Ferry returns</h1><ul><li>" + standfirst + "</li></ul></div>"
                + "<div class=\"body\">" + p(P1) + p(P2) + p(P3) + p(P4) + "</div>";

        assertThat(article(noHeadline)).containsExactly(P1, P2, P3, P4);
        assertThat(article(linked)).containsExactly(P1, P2, P3, P4);
        assertThat(article(caption)).containsExactly(P1, P2, P3, P4);
        assertThat(article(listed)).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void shouldTakeTheElementMarkedAsArticleBody() {
        String marked = "<div class=\"teaser\">" + p(P3) + p(P4) + p(P1) + p(P2) + "</div>"
                + "<section><div itemprop=\"articleBody\">" + p(P1) + p(P2) + p(P3) + "</div></section>";

        assertThat(article(marked)).containsExactly(P1, P2, P3);
        // not looking for the mark, the teaser box with the most prose wins, and its like sibling comes along
        assertThat(article(marked, false)).containsExactly(P3, P4, P1, P2, P1, P2, P3);
    }

    @Test
    void shouldNotTakeAMarkedArticleBodyTooShortToBeOne() {
        String marked = "<div class=\"story\">" + p(P3) + p(P4) + p(P1) + p(P2) + "</div>"
                + "<div itemprop=\"articleBody\">" + p(P1) + "</div>";

        assertThat(article(marked)).containsExactly(P3, P4, P1, P2);
    }

    @Test
    void shouldCountEveryRunOfWhitespaceAsOneCharacter() {
        assertThat(MainContent.visibleLength("")).isZero();
        assertThat(MainContent.visibleLength("  a  b  ")).isEqualTo(4);
        assertThat(MainContent.visibleLength("a\u00A0\n b")).isEqualTo(3);
        assertThat(MainContent.visibleLength("ab")).isEqualTo(2);
    }
}
