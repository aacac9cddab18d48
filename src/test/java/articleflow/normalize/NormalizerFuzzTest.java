package articleflow.normalize;

import static articleflow.testing.JavaLiterals.visible;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.ContentType;
import java.text.Normalizer.Form;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Reporter;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing normalize: for any body, plain text or HTML from {@link HtmlPages}' grammar, {@link Normalizer#normalize}
 * never throws, finishes fast, and gives clean text: no markup tag, no control character, no lone surrogate, every
 * paragraph and the title trimmed, single-spaced and in Unicode NFC.
 *
 * <p>These are jqwik properties. The normal suite tries each {@code fuzz.tries} times (a Maven property, 200);
 * the long run is {@code mvn -B -Pfuzz test} (only the {@code *FuzzTest} properties, 20,000 tries each; change it
 * with {@code -Dfuzz.tries=N}). A failure prints its seed and its shrunk sample: pin it as a named plain JUnit
 * test in {@link NormalizerFuzzFindingsTest}.
 *
 * <p>Two gaps are known and being closed elsewhere: markup written as text in a page ({@code &lt;b&gt;}, a
 * CDATA section, a raw-text element such as {@code <title>}, or a {@code <textarea>} inside the {@code <h1>} the
 * title is read from) comes out as a tag, and a lone surrogate in the body (raw, or a character reference such as
 * {@code &#xD800;}) comes out as it went in. The properties about them assert the contract of today, that
 * normalize brings in neither of its own; each says where to tighten it once closed.
 */
class NormalizerFuzzTest {

    /**
     * A robustness bound, not a benchmark: a page that takes this long would stall a partition. It bounds the
     * calling thread's CPU time, which a machine shared with other builds does not stretch as it does wall time.
     */
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(1);
    /** The bound that holds today at the body limit: see the example that uses it. */
    private static final Duration SLOWEST_AT_THE_LIMIT = Duration.ofSeconds(5);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A complete tag, end tag, comment, doctype or processing instruction. */
    private static final Pattern MARKUP = Pattern.compile("<(?:/?[A-Za-z][^<>]*|!--.*?--|![A-Za-z\\[][^<>]*|\\?[^<>]*)>",
            Pattern.DOTALL);
    private static final Pattern SURROGATE_REFERENCE = Pattern.compile(
            "&#(?:x0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*5[5-7][0-9]{3});?");
    private static final Pattern MARKUP_AS_TEXT = Pattern.compile(
            "&(?:amp;)*(?:lt|#0*60|#[xX]0*3[cC]);|<(?:title|textarea|xmp|plaintext|noembed|noframes)[\\s/>]|<!\\[CDATA\\[",
            Pattern.CASE_INSENSITIVE);

    /** A body or title; shown as an escaped Java string when jqwik reports a sample, so it can be pasted. */
    record Text(String value) {
        @Override
        public String toString() {
            return value == null ? "null" : '"' + visible(value) + "\" (" + value.length() + " chars)";
        }
    }

    private final Normalizer normalizer = new Normalizer();
    private Duration slowest = Duration.ZERO;
    private Duration slowestWall = Duration.ZERO;
    private int slowestLength;

    @Property
    void shouldNormalizeAnyBodyOfEitherTypeIntoCleanText(@ForAll("anyBodies") Text body, @ForAll("titles") Text title,
                                                         @ForAll ContentType type) {
        NormalizedText text = timed(title.value(), body.value(), type);

        assertClean(text);
        assertThat(text.text()).isEqualTo(String.join("\n\n", text.paragraphs()));
    }

    @Property
    void shouldLeaveNoTagOfAPageInItsText(@ForAll("pagesWithoutEscapedMarkup") Text page) {
        NormalizedText text = timed(null, page.value(), ContentType.HTML);

        assertClean(text);
        assertThat(markupIn(text)).as("markup in the text of %s", page).isEmpty();
        assertThat(loneSurrogatesIn(text)).as("lone surrogates in the text of %s", page).isEmpty();
    }

    @Property
    void shouldBringNoMarkupIntoTheTextThatThePageDidNotWriteAsText(@ForAll("pagesWithEscapedMarkup") Text page) {
        NormalizedText text = timed(null, page.value(), ContentType.HTML);

        assertClean(text);
        List<String> markup = markupIn(text);
        Statistics.label("markup in the text").collect(markup.isEmpty() ? "none" : "some");
        // Known gap, being closed elsewhere: markup the page wrote as text comes out as a tag. Once closed,
        // tighten this to markupIn(text) being empty for every page.
        if (!MARKUP_AS_TEXT.matcher(page.value()).find()) {
            assertThat(markup).as("markup in the text of %s", page).isEmpty();
        }
    }

    @Property
    void shouldBringNoLoneSurrogateIntoTheTextThatTheBodyDidNotHave(@ForAll("anyBodies") Text body,
                                                                    @ForAll ContentType type) {
        NormalizedText text = timed(null, body.value(), type);

        List<String> lone = loneSurrogatesIn(text);
        Statistics.label("lone surrogates in the text").collect(lone.isEmpty() ? "none" : "some");
        // Known gap, being closed elsewhere: a lone surrogate in the body, raw or as a character reference, comes
        // out as it went in. Once closed, tighten this to loneSurrogatesIn(text) being empty for every body.
        boolean bodyHasOne = !loneSurrogatesIn(body.value()).isEmpty()
                || type == ContentType.HTML && SURROGATE_REFERENCE.matcher(body.value()).find();
        if (!bodyHasOne) {
            assertThat(lone).as("lone surrogates in the text of %s", body).isEmpty();
        }
    }

    @Property
    void shouldNormalizeEveryPageWithinTheBound(@ForAll("slowBodies") Text body, @ForAll ContentType type) {
        timed(null, body.value(), type);

        assertThat(slowest).as("CPU time of the slowest call so far, on %,d chars", slowestLength)
                .isLessThan(SLOWEST_ALLOWED);
    }

    /**
     * Pages as large as the default body limit (2 MiB), in the shapes that cost the parser most. Only in the long
     * run (tagged slow): each takes seconds of wall time on a busy machine. Deep nesting at this size takes more
     * than {@link #SLOWEST_ALLOWED} today (about 1.6 to 2.2 s of CPU, the page being parsed twice when it holds
     * too little text), so this asserts the bound of today, {@link #SLOWEST_AT_THE_LIMIT}; tighten it to
     * SLOWEST_ALLOWED once normalize bounds the nesting it parses.
     */
    @Example
    @Tag("slow")
    void shouldNormalizePagesAtTheDefaultBodyLimitWithinTheBoundOfToday() {
        int limit = 2 * 1024 * 1024;
        String paragraph = "<p>A sentence of prose, with a comma, as paragraphs have.</p>";
        for (String body : List.of(paragraph.repeat(limit / paragraph.length()), "x".repeat(limit),
                "<div>".repeat(limit / 11) + "</div>".repeat(limit / 11), "<b><i>".repeat(limit / 6),
                "<li>x".repeat(limit / 5), "&amp;lt;".repeat(limit / 8))) {
            timed(null, body, ContentType.HTML);
        }

        assertThat(slowest).as("CPU time of the slowest call, on %,d chars", slowestLength).isLessThan(SLOWEST_AT_THE_LIMIT);
    }

    @AfterProperty
    void reportTheSlowestCall(Reporter reporter) {
        reporter.publishValue("slowest normalize call", String.format("%d ms CPU (%d ms wall) on %,d chars",
                slowest.toMillis(), slowestWall.toMillis(), slowestLength));
    }

    // ---- generators ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Text> anyBodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, HtmlPages.plainText()),
                Tuple.of(3, HtmlPages.pages(HtmlPages.Escapes.ALLOWED))).map(Text::new);
    }

    @Provide
    Arbitrary<Text> pagesWithoutEscapedMarkup() {
        return HtmlPages.pages(HtmlPages.Escapes.NONE).map(Text::new);
    }

    @Provide
    Arbitrary<Text> pagesWithEscapedMarkup() {
        return HtmlPages.pages(HtmlPages.Escapes.ALLOWED).map(Text::new);
    }

    /** Bodies as large as the grammar makes them, and long words in deep nesting. */
    @Provide
    Arbitrary<Text> slowBodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, HtmlPages.pages(HtmlPages.Escapes.ALLOWED)),
                Tuple.of(1, HtmlPages.longWords()),
                Tuple.of(1, Arbitraries.integers().between(100, 3_000)
                        .map(depth -> "<div>".repeat(depth) + "<p>deep text, with a comma.</p>" + "</div>".repeat(depth))),
                Tuple.of(1, Arbitraries.integers().between(100, 8_000)
                        .map(count -> "<p>A sentence of prose, with a comma, as paragraphs have.</p>".repeat(count))),
                Tuple.of(1, Arbitraries.integers().between(100, 5_000).map(count -> "<b><i>".repeat(count) + "x")),
                Tuple.of(1, Arbitraries.integers().between(100, 20_000).map(count -> "&amp;lt;".repeat(count))))
                .map(Text::new);
    }

    @Provide
    Arbitrary<Text> titles() {
        return Arbitraries.oneOf(HtmlPages.words(), HtmlPages.text(HtmlPages.Escapes.ALLOWED)).injectNull(0.3)
                .map(Text::new);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private NormalizedText timed(String title, String body, ContentType type) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        NormalizedText text = normalizer.normalize(title, body, type);
        Duration tookWall = Duration.ofNanos(System.nanoTime() - wall);
        Duration took = cpu < 0 ? tookWall : Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu);
        if (took.compareTo(slowest) > 0) {
            slowest = took;
            slowestWall = tookWall;
            slowestLength = body.length();
        }
        return text;
    }

    /**
     * What TextCleaner promises for every line, and so for the title and every paragraph: not empty, no control
     * characters (C0, DEL, C1: paragraphs are separated by {@code "\n\n"} only in {@link NormalizedText#text()}),
     * whitespace one plain space at a time and none at either end, Unicode NFC.
     */
    private static void assertClean(NormalizedText text) {
        List<String> lines = new ArrayList<>(text.paragraphs());
        if (text.title() != null) {
            lines.add(text.title());
        }
        for (String line : lines) {
            assertThat(line).isNotEmpty();
            assertThat(line.chars().filter(c -> Character.isISOControl(c)).boxed().toList())
                    .as("control characters in %s", visible(line)).isEmpty();
            assertThat(line.chars().filter(c -> TextCleaner.isSpace((char) c) && c != ' ').boxed().toList())
                    .as("whitespace other than a space in %s", visible(line)).isEmpty();
            assertThat(line).as("runs of spaces or spaces at the ends of %s", visible(line))
                    .doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
            assertThat(java.text.Normalizer.isNormalized(line, Form.NFC)).as("NFC: %s", visible(line)).isTrue();
        }
    }

    private static List<String> markupIn(NormalizedText text) {
        List<String> found = new ArrayList<>();
        for (String line : text.title() == null ? text.paragraphs()
                : concat(text.paragraphs(), text.title())) {
            Matcher matcher = MARKUP.matcher(line);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    private static List<String> loneSurrogatesIn(NormalizedText text) {
        List<String> found = new ArrayList<>(loneSurrogatesIn(text.text()));
        if (text.title() != null) {
            found.addAll(loneSurrogatesIn(text.title()));
        }
        return found;
    }

    static List<String> loneSurrogatesIn(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i)) && !HtmlPages.isPaired(text, i)) {
                found.add(String.format("U+%04X at %d", (int) text.charAt(i), i));
            }
        }
        return found;
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

}
