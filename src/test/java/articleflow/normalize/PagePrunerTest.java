package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What {@link PagePruner} removes from a page and what it leaves, shown on the HTML that remains. */
class PagePrunerTest {

    private static final String PROSE = "The ferry returned to service on Tuesday after four months of repairs in dry dock.";

    private final PagePruner pruner = new PagePruner();

    private String pruned(String bodyHtml, boolean byName) {
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        pruner.prune(body, byName);
        return body.html().replaceAll("\\s*\n\\s*", "");
    }

    private String pruned(String bodyHtml) {
        return pruned(bodyHtml, true);
    }

    @Test
    void shouldRemoveElementsThatNeverHoldText() {
        assertThat(pruned("<p>a</p><script>x()</script><style>p{}</style><button>Go</button><svg></svg>"
                + "<select><option>1</option></select><textarea>t</textarea><figcaption>c</figcaption><video></video>"))
                .isEqualTo("<p>a</p>");
        assertThat(pruned("<p>a<!-- hidden note --></p>")).isEqualTo("<p>a</p>");
    }

    @Test
    void shouldRemoveFramesThatHoldLessThanHalfThePage() {
        assertThat(pruned("<nav>Home World</nav><p>" + PROSE + "</p><aside>Sidebar</aside><footer>(c) 2024</footer>"))
                .isEqualTo("<p>" + PROSE + "</p>");
        // a frame holding more than half the page's text is an unclosed wrapper
        assertThat(pruned("<header><p>" + PROSE + "</p></header><p>Short.</p>"))
                .isEqualTo("<header><p>" + PROSE + "</p></header><p>Short.</p>");
    }

    @Test
    void shouldKeepAFrameOfExactlyHalfThePage() {
        // 10 characters in the footer, 10 outside: half, so not more than half, and removed
        assertThat(pruned("<p>abcdefghij</p><footer>klmnopqrst</footer>")).isEqualTo("<p>abcdefghij</p>");
        // 11 of 21: more than half
        assertThat(pruned("<p>abcdefghij</p><footer>klmnopqrstu</footer>"))
                .isEqualTo("<p>abcdefghij</p><footer>klmnopqrstu</footer>");
    }

    @Test
    void shouldKeepAnArticlesOwnHeaderUnlessItsNameSaysBoilerplate() {
        String article = "<article><header class=\"article-header\"><h1>Ferry returns</h1></header><p>" + PROSE
                + "</p></article>";
        assertThat(pruned(article)).isEqualTo(article);
        assertThat(pruned("<main><header class=\"share-bar\">Share</header><p>" + PROSE + "</p></main>"))
                .isEqualTo("<main><p>" + PROSE + "</p></main>");
        // without pruning by name, the article's header stays whatever its class
        assertThat(pruned("<main><header class=\"share-bar\">Share</header><p>" + PROSE + "</p></main>", false))
                .isEqualTo("<main><header class=\"share-bar\">Share</header><p>" + PROSE + "</p></main>");
        // a header outside any article is a frame
        assertThat(pruned("<div><header>Site name</header><p>" + PROSE + "</p></div>"))
                .isEqualTo("<div><p>" + PROSE + "</p></div>");
    }

    @Test
    void shouldKeepNoscriptOnlyWhenItHoldsProse() {
        String prose = "x".repeat(200);
        assertThat(pruned("<p>a</p><noscript>Enable JavaScript</noscript>")).isEqualTo("<p>a</p>");
        assertThat(pruned("<p>a</p><noscript>" + "x".repeat(199) + "</noscript>")).isEqualTo("<p>a</p>");
        assertThat(pruned("<p>a</p><noscript>" + prose + "</noscript>"))
                .isEqualTo("<p>a</p><noscript>" + prose + "</noscript>");
    }

    @Test
    void shouldRemoveFiguresButNotTablesWithCaptions() {
        assertThat(pruned("<p>a</p><figure><img src=x.jpg><figcaption>Photo</figcaption></figure>"))
                .isEqualTo("<p>a</p>");
        assertThat(pruned("<figure><table><tbody><tr><td>1</td></tr></tbody></table></figure>"))
                .isEqualTo("<figure><table><tbody><tr><td>1</td></tr></tbody></table></figure>");
    }

    @Test
    void shouldRemoveSmallFormsAndKeepAFormThatWrapsThePage() {
        String big = "y".repeat(500);
        assertThat(pruned("<p>a</p><form><label>Search the site</label></form>")).isEqualTo("<p>a</p>");
        assertThat(pruned("<form>" + "y".repeat(499) + "</form>")).isEmpty();
        assertThat(pruned("<form><p>" + big + "</p></form>")).isEqualTo("<form><p>" + big + "</p></form>");
    }

    @Test
    void shouldRemoveHiddenElements() {
        assertThat(pruned("<p>a</p><p hidden>b</p><p aria-hidden=\"true\">c</p><p aria-hidden=\"false\">d</p>"
                + "<p style=\"DISPLAY: none\">e</p><p style=\"visibility : hidden\">f</p><p style=\"color: red\">g</p>"))
                .isEqualTo("<p>a</p><p aria-hidden=\"false\">d</p><p style=\"color: red\">g</p>");
    }

    @Test
    void shouldRemoveElementsWithABoilerplateRole() {
        assertThat(pruned("<p>a</p><div role=\"navigation\">n</div><div role=\"search\">s</div>"
                + "<div role=\"dialog\">d</div><div role=\"main\">m</div><div role=\"\">e</div>"))
                .isEqualTo("<p>a</p><div role=\"main\">m</div><div role=\"\">e</div>");
    }

    @Test
    void shouldRemoveBoilerplateByNameOnlyWhenAsked() {
        String page = "<p>a</p><div class=\"comments\">c</div><div id=\"sidebar\">s</div><div class=\"story\">t</div>";
        assertThat(pruned(page)).isEqualTo("<p>a</p><div class=\"story\">t</div>");
        assertThat(pruned(page, false)).isEqualTo(page);
    }

    @Test
    void shouldNeverRemoveArticleOrTableMarkupByName() {
        String page = "<article class=\"comment\">a</article><main class=\"sidebar\">b</main><a class=\"share\" href=\"/\">c</a>"
                + "<table class=\"promo-footer\"><tbody class=\"footer\"><tr class=\"footer\"><td class=\"footer\">d</td>"
                + "<th class=\"footer\">e</th></tr></tbody></table>";
        assertThat(pruned(page)).isEqualTo(page);
    }

    @Test
    void shouldKeepABoilerplateNamedWrapperAroundTheArticle() {
        String wrapped = "<div class=\"sidebar-layout\"><h1>Ferry returns</h1><p>" + PROSE + "</p></div>";
        assertThat(pruned(wrapped)).isEqualTo(wrapped);
        String body = "<div class=\"comments\"><div itemprop=\"articleBody\"><p>" + PROSE + "</p></div></div>";
        assertThat(pruned(body)).isEqualTo(body);
    }

    @Test
    void shouldRemoveAnInlineCaptionThatAPictureOpens() {
        assertThat(pruned("<p>" + PROSE + "</p><p><img src=\"a.jpg\"><br><em>Figure 4: the new engines</em></p>"))
                .isEqualTo("<p>" + PROSE + "</p>");
        assertThat(pruned("<div><a href=\"/big.jpg\"><img src=\"a.jpg\"></a><span>The new engines</span></div>"))
                .isEmpty();
    }

    @Test
    void shouldKeepTextThatComesBeforeOrBesideThePicture() {
        // text first: the picture illustrates the paragraph
        String textFirst = "<p><em>The new engines</em><img src=\"a.jpg\"></p>";
        assertThat(pruned(textFirst)).isEqualTo(textFirst);
        // the block's own text after the picture is a paragraph
        String ownText = "<p><img src=\"a.jpg\">The engines were replaced over the winter.</p>";
        assertThat(pruned(ownText)).isEqualTo(ownText);
        // a block holding more than inline markup is not a caption box
        String nested = "<div><img src=\"a.jpg\"><p>The new engines</p></div>";
        assertThat(pruned(nested)).isEqualTo(nested);
        // a picture alone, no caption: nothing to remove
        String bare = "<p><img src=\"a.jpg\"></p>";
        assertThat(pruned(bare)).isEqualTo(bare);
        // a list item is not a paragraph or div
        String item = "<ul><li><img src=\"a.jpg\"><em>The new engines</em></li></ul>";
        assertThat(pruned(item)).isEqualTo(item);
        // a picture straight in the root has no box
        String loose = "<img src=\"a.jpg\"><em>The new engines</em>";
        assertThat(pruned(loose)).isEqualTo(loose);
    }

    @Test
    void shouldKeepAnInlineRunAfterAPictureWhenItIsLongerThanACaption() {
        String caption250 = "c".repeat(250);
        String caption251 = "c".repeat(251);
        assertThat(pruned("<p><img src=\"a.jpg\"><em>" + caption250 + "</em></p>")).isEmpty();
        String longer = "<p><img src=\"a.jpg\"><em>" + caption251 + "</em></p>";
        assertThat(pruned(longer)).isEqualTo(longer);
    }

    @Test
    void shouldRemoveTextThatRepeatsAnImagesAltNearThePicture() {
        String page = "<div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div>"
                + "<p>The new ferry engines</p></div><p>" + PROSE + "</p>";
        assertThat(pruned(page)).isEqualTo("<div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div></div><p>"
                + PROSE + "</p>");
        String byTitle = "<div><div><img src=\"a.jpg\" title=\"The new ferry engines\"></div>"
                + "<p>The new ferry engines</p></div>";
        assertThat(pruned(byTitle)).isEqualTo("<div><div><img src=\"a.jpg\" title=\"The new ferry engines\"></div></div>");
        String picture = "<div><picture><img src=\"a.jpg\" alt=\"The new ferry engines\"></picture>"
                + "<p>The new ferry engines</p></div>";
        assertThat(pruned(picture)).isEqualTo("<div></div>");
    }

    @Test
    void shouldKeepTextThatRepeatsAShortAltOrIsFarFromThePictureOrIsAHeadingOrLink() {
        String shortAlt = "<div><div><img src=\"a.jpg\" alt=\"Ferry engines\"></div><p>Ferry engines</p></div>";
        assertThat(pruned(shortAlt)).isEqualTo(shortAlt);
        String heading = "<div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div>"
                + "<h2>The new ferry engines</h2><a href=\"/\">The new ferry engines</a></div>";
        assertThat(pruned(heading)).isEqualTo(heading);
        String far = "<section><div><div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div></div></div>"
                + "</section><p>The new ferry engines</p>";
        assertThat(pruned(far)).isEqualTo(far);
        String different = "<div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div><p>Something else entirely</p></div>";
        assertThat(pruned(different)).isEqualTo(different);
    }

    @Test
    void shouldCountTextLengthWithWhitespaceRunsOnceUpToTheLimit() {
        Element e = Jsoup.parseBodyFragment("<p>  one   two </p><p>three</p>").body();
        // "one two " then "three": the leading run skipped, every other run counted once, and the two text nodes
        // joined as they are (jsoup's text() would put a space between the paragraphs)
        assertThat(PagePruner.textLength(e, Integer.MAX_VALUE)).isEqualTo(13);
        // the count stops after the text node that reaches the limit
        assertThat(PagePruner.textLength(e, 3)).isEqualTo(8);
        assertThat(PagePruner.textLength(e, 8)).isEqualTo(8);
        assertThat(PagePruner.textLength(e, 9)).isEqualTo(13);
        assertThat(PagePruner.textLength(Jsoup.parseBodyFragment("").body(), 10)).isZero();
    }

    @Test
    void shouldCountAFrameAcrossItsTextNodes() {
        // 11 of 21 characters, in two text nodes: more than half, kept
        assertThat(pruned("<p>abcdefghij</p><footer>abcdefghi<b>jk</b></footer>"))
                .isEqualTo("<p>abcdefghij</p><footer>abcdefghi<b>jk</b></footer>");
    }

    @Test
    void shouldNotDescribeAPictureInsideRemovedMarkup() {
        // the figure goes whole, so its image's alt text never marks the paragraph beside it as a caption
        String page = "<div><figure><img src=\"a.jpg\" alt=\"The new ferry engines\"></figure>"
                + "<p>The new ferry engines</p></div>";
        assertThat(pruned(page)).isEqualTo("<div><p>The new ferry engines</p></div>");
    }

    @Test
    void shouldUseAnAltOfThreeWordsOrMore() {
        assertThat(pruned("<div><div><img src=\"a.jpg\" alt=\"New ferry engines\"></div><p>New ferry engines</p></div>"))
                .isEqualTo("<div><div><img src=\"a.jpg\" alt=\"New ferry engines\"></div></div>");
    }

    @Test
    void shouldLookForTheCaptionAtMostThreeLevelsAroundThePicture() {
        // the paragraph's parent is the picture's fourth ancestor: too far
        String up = "<section><div><div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div></div></div>"
                + "<p>The new ferry engines</p></section>";
        assertThat(pruned(up)).isEqualTo(up);
        // the picture's parent is the paragraph's fourth ancestor: too far
        String down = "<div><img src=\"a.jpg\" alt=\"The new ferry engines\"><div><div><div>"
                + "<p>The new ferry engines</p></div></div></div></div>";
        assertThat(pruned(down)).isEqualTo(down);
        // three levels either way: near
        String near = "<div><img src=\"a.jpg\" alt=\"The new ferry engines\"><div><div>"
                + "<p>The new ferry engines</p></div></div></div>";
        assertThat(pruned(near)).isEqualTo("<div><img src=\"a.jpg\" alt=\"The new ferry engines\"><div><div></div></div></div>");
    }

    @Test
    void shouldRemoveARepeatedAltOfUpTo250Characters() {
        String text250 = "ferry ".repeat(41) + "boat";
        assertThat(text250).hasSize(250);
        String page = "<div><div><img src=\"a.jpg\" alt=\"" + text250 + "\"></div><p>" + text250 + "</p></div>";
        assertThat(pruned(page)).isEqualTo("<div><div><img src=\"a.jpg\" alt=\"" + text250 + "\"></div></div>");
        String text251 = text250 + "s";
        String longer = "<div><div><img src=\"a.jpg\" alt=\"" + text251 + "\"></div><p>" + text251 + "</p></div>";
        assertThat(pruned(longer)).isEqualTo(longer);
    }

    @Test
    void shouldKeepEveryLevelOfHeadingThatRepeatsAnAlt() {
        for (String h : new String[] {"h1", "h6"}) {
            String page = "<div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div><" + h
                    + ">The new ferry engines</" + h + "></div>";
            assertThat(pruned(page)).isEqualTo(page);
        }
        // "h7" is no heading, and "hr" and "header" are not headings either
        String h7 = "<div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div><h7>The new ferry engines</h7></div>";
        assertThat(pruned(h7)).isEqualTo("<div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div></div>");
        String h0 = "<div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div><h0>The new ferry engines</h0></div>";
        assertThat(pruned(h0)).isEqualTo("<div><div><img src=\"a.jpg\" alt=\"The new ferry engines\"></div></div>");
    }
}
