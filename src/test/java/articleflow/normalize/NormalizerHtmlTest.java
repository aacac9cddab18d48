package articleflow.normalize;

import articleflow.model.ContentType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerHtmlTest {

    private final Normalizer normalizer = new Normalizer();

    private static final String BODY_1 = "The old harbour ferry went back into service on Tuesday after four months in dry dock, "
            + "the port authority said, ending a winter of long detours for the island's commuters.";
    private static final String BODY_2 = "Engineers replaced both engines, which the authority says will cut fuel use by a third, "
            + "and refitted the passenger deck with heated seating and wider doors for bicycles.";
    private static final String BODY_3 = "Commuters who subscribe to the monthly pass will keep their current price until the end "
            + "of the year, after which fares rise in line with inflation, the operator confirmed.";

    @Test
    void shouldStripFurnitureAndNeighbourTitlesFromASeedLikePage() {
        String html = """
                <html><head><title>Harbour Ferry Returns | Example News</title>
                <script>var tracking = "Previous Article";</script><style>p { color: red }</style></head>
                <body>
                <header><a href="/">Example News</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
                <article>
                  <h1>Harbour Ferry Returns After Winter Repairs</h1>
                  <div class="tldr"><p>No time to read?</p><button>Get a summary</button></div>
                  <h2>New engines and a later last sailing</h2>
                  <p>%s</p>
                  <p>%s</p>
                  <p>%s</p>
                  <div class="tldr"><p>No time to read?</p><p>Get a summary</p></div>
                  <div class="neighbours">
                    <p>Previous Article</p><p><a href="/a/1">Town Council Approves New Cycle Lanes Along the Seafront</a></p>
                    <p>Next Article</p><p><a href="/a/3">Lighthouse Keepers' Cottages to Open as a Museum</a></p>
                  </div>
                </article>
                <footer><p>© Example News. All rights reserved.</p></footer>
                </body></html>""".formatted(BODY_1, BODY_2, BODY_3);

        NormalizedText result = normalizer.normalize(null, html, ContentType.HTML);

        assertThat(result.title()).isEqualTo("Harbour Ferry Returns After Winter Repairs");
        assertThat(result.paragraphs()).containsExactly("New engines and a later last sailing", BODY_1, BODY_2, BODY_3);
    }

    @Test
    void shouldKeepEveryBlockAsItsOwnParagraph() {
        String html = "<div><h2>Key points</h2><ul><li>Fares stay</li><li>Engines replaced</li></ul>"
                + "<blockquote>It is a new ship, really.</blockquote><pre>08:00  ferry\n09:00  ferry</pre>"
                + "<p>First <b>bold</b> sentence.</p><p>Second sentence.</p><div>Loose text</div></div>";

        NormalizedText result = normalizer.normalize("Ferry", html, ContentType.HTML);

        assertThat(result.paragraphs()).containsExactly("Key points", "Fares stay", "Engines replaced",
                "It is a new ship, really.", "08:00 ferry 09:00 ferry", "First bold sentence.", "Second sentence.",
                "Loose text");
    }

    @Test
    void shouldBreakParagraphsAtLineBreaks() {
        NormalizedText result = normalizer.normalize("Poem", "<p>Roses are red,<br>violets are blue.<br/><br/>The end.</p>",
                ContentType.HTML);

        assertThat(result.paragraphs()).containsExactly("Roses are red,", "violets are blue.", "The end.");
    }

    @Test
    void shouldDropInvisibleAndInteractiveElements() {
        String html = "<body><p>Visible text.</p><p style=\"display: none\">Hidden by style.</p><p hidden>Hidden attribute.</p>"
                + "<form><input name=q><label>Search the site</label></form><noscript>Enable JavaScript</noscript>"
                + "<iframe src=\"/ad\"></iframe><aside>Sidebar</aside><!-- a comment --><p>More visible text.</p></body>";

        NormalizedText result = normalizer.normalize("T", html, ContentType.HTML);

        assertThat(result.paragraphs()).containsExactly("Visible text.", "More visible text.");
    }

    @Test
    void shouldLeaveNoMarkupOrEntities() {
        // the last part was escaped twice by its publisher
        String html = "<p>Fish &amp; chips &mdash; &quot;cheap&quot; at &pound;5 &amp;amp; &amp;lt;b&amp;gt;mushy peas&amp;lt;/b&amp;gt;</p>";

        NormalizedText result = normalizer.normalize("T", html, ContentType.HTML);

        assertThat(result.text()).isEqualTo("Fish & chips — \"cheap\" at £5 & mushy peas");
    }

    @Test
    void shouldTakeTheTitleFromTheRecordThenH1ThenTitleElement() {
        String withH1 = "<html><head><title>Site | Headline</title></head><body><h1>Headline</h1><p>Text.</p></body></html>";
        String withoutH1 = "<html><head><title>Site | Headline</title></head><body><p>Text.</p></body></html>";

        assertThat(normalizer.normalize("Record title", withH1, ContentType.HTML).title()).isEqualTo("Record title");
        assertThat(normalizer.normalize(null, withH1, ContentType.HTML).title()).isEqualTo("Headline");
        assertThat(normalizer.normalize(" ", withoutH1, ContentType.HTML).title()).isEqualTo("Site | Headline");
    }

    @Test
    void shouldNotRepeatTheTitleInTheText() {
        String html = "<h1>Harbour Ferry Returns</h1><p>" + BODY_1 + "</p>";

        NormalizedText result = normalizer.normalize("Harbour ferry returns!", html, ContentType.HTML);

        assertThat(result.paragraphs()).containsExactly(BODY_1);
    }

    @Test
    void shouldFindTheArticleAmongSidebarsLinkListsAndComments() {
        String html = """
                <body>
                <div id="top"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>
                <div class="layout">
                  <div class="main-column">
                    <div class="story-body"><p>%s</p><p>%s</p><p>%s</p></div>
                    <div class="more-links"><a href="/a">Tide tables for the week ahead, in full</a><br>
                      <a href="/b">Ten walks along the harbour wall, ranked by our readers</a></div>
                  </div>
                  <div class="sidebar"><h3>Most read</h3><p>Short promo.</p></div>
                </div>
                <div id="comments"><p>I have been waiting for this ferry all winter, finally, great news for everyone here.</p></div>
                </body>""".formatted(BODY_1, BODY_2, BODY_3);

        NormalizedText result = normalizer.normalize("Harbour ferry", html, ContentType.HTML);

        assertThat(result.paragraphs()).containsExactly(BODY_1, BODY_2, BODY_3);
    }

    @Test
    void shouldFindTheArticleEvenWhenItsWrapperHasABoilerplateName() {
        // "pagerow" contains "pager", and the site wraps its article in it
        String html = "<body><div class=\"page-row\"><div class=\"pagerow\"><p>" + BODY_1 + "</p><p>" + BODY_2 + "</p><p>"
                + BODY_3 + "</p></div></div></body>";

        NormalizedText result = normalizer.normalize("Ferry", html, ContentType.HTML);

        assertThat(result.paragraphs()).containsExactly(BODY_1, BODY_2, BODY_3);
    }

    @Test
    void shouldKeepAnArticleThatFiguresSplitIntoSections() {
        String section = "<section><div class=\"part\"><div class=\"text\"><p>%s</p><p>%s</p></div></div></section>";
        String figure = "<figure><img src=\"/ferry.jpg\"><figcaption>The ferry in dry dock. Photo: Port Authority</figcaption></figure>";
        String html = "<body><div class=\"page\">"
                + section.formatted(BODY_1, BODY_2) + figure
                + section.formatted(BODY_3, BODY_1.replace("Tuesday", "Wednesday")) + figure
                + section.formatted(BODY_2.replace("third", "quarter"), BODY_3.replace("Monday", "Friday")) + figure
                + section.formatted(BODY_1.replace("Tuesday", "Thursday"), BODY_2.replace("third", "half"))
                + "</div><div class=\"related\"><a href=\"/x\">Another story about boats and harbours</a></div></body>";

        NormalizedText result = normalizer.normalize("Ferry", html, ContentType.HTML);

        assertThat(result.paragraphs()).hasSize(8).doesNotContain("The ferry in dry dock. Photo: Port Authority");
        assertThat(result.paragraphs().get(0)).isEqualTo(BODY_1);
    }

    @Test
    void shouldReturnNoParagraphsForPagesWithoutText() {
        assertThat(normalizer.normalize(null, "", ContentType.HTML).paragraphs()).isEmpty();
        assertThat(normalizer.normalize(null, "<html><head><title>Only a title</title></head></html>", ContentType.HTML))
                .isEqualTo(new NormalizedText("Only a title", java.util.List.of()));
        assertThat(normalizer.normalize(null, "<br><br><nav>Home</nav>", ContentType.HTML).paragraphs()).isEmpty();
    }

    @Test
    void shouldKeepAShortArticleWhole() {
        NormalizedText result = normalizer.normalize("Brief", "<p>Short news.</p><p>Two lines only.</p>", ContentType.HTML);

        assertThat(result.paragraphs()).containsExactly("Short news.", "Two lines only.");
    }
}
