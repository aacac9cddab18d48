package articleflow.summarize;

import static articleflow.testing.JavaLiterals.visible;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing summarize: for any paragraphs and any {@link SummaryOptions}, {@link Summarizer#summarize} never throws
 * and gives at most {@code maxSentences} sentences, in the article's order, each a piece of the text (a sentence
 * of it, or the first words of an over-long one ending in "…", see {@link SummaryOptions#sentenceCharCeiling()})
 * within the character and word ceilings, none of them cutting a character in half.
 *
 * <p>These are jqwik properties. The normal suite tries each {@code fuzz.tries} times (a Maven property, 200);
 * the long run is {@code mvn -B -Pfuzz test} (only the {@code *FuzzTest} properties, 20,000 tries each; change it
 * with {@code -Dfuzz.tries=N}). A failure prints its seed and its shrunk sample: pin it as a named plain JUnit
 * test beside {@link SummaryBoundsTest}.
 */
class SummarizerFuzzTest {

    private static final String ELLIPSIS = "\u2026";

    /** Paragraphs; shown as escaped Java strings when jqwik reports a sample, so they can be pasted. */
    record Paragraphs(List<String> texts) {
        @Override
        public String toString() {
            List<String> shown = new ArrayList<>();
            for (String text : texts) {
                shown.add('"' + visible(text) + '"');
            }
            return "List.of(" + String.join(", ", shown) + ")";
        }
    }

    @Property
    void shouldSummarizeAnyParagraphsIntoPiecesOfTheirText(@ForAll("paragraphs") Paragraphs paragraphs,
                                                          @ForAll("options") SummaryOptions options) {
        List<String> texts = paragraphs.texts();

        List<String> sentences = new Summarizer(options).summarize(texts).sentences();

        assertPiecesOfTheText(texts, sentences, options);
    }

    /** The same in any language: its abbreviation lists, stop words, stems and CJK word counts change nothing. */
    @Property
    void shouldSummarizeAnyParagraphsInAnyLanguageIntoPiecesOfTheirText(@ForAll("paragraphs") Paragraphs paragraphs,
                                                                        @ForAll("options") SummaryOptions options,
                                                                        @ForAll("languages") String language) {
        List<String> texts = paragraphs.texts();

        List<String> sentences = new Summarizer(options).summarize(language, texts).sentences();

        assertPiecesOfTheText(texts, sentences, options);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "de", "fr", "es", "it", "pt", "nl", "zh", "ja", "ko", "ru", "ar", "pl", "und", "xx",
                "en-GB", "", "DE");
    }

    private static void assertPiecesOfTheText(List<String> texts, List<String> sentences, SummaryOptions options) {
        Statistics.label("sentences").collect(sentences.size());
        assertThat(sentences).hasSizeLessThanOrEqualTo(options.maxSentences());
        if (texts.stream().anyMatch(text -> !text.isBlank())) {
            assertThat(sentences).as("a summary of text").isNotEmpty();
        }
        for (String sentence : sentences) {
            assertThat(sentence).isNotBlank();
            assertThat(sentence.length()).as("length of %s", visible(sentence))
                    .isLessThanOrEqualTo(options.sentenceCharCeiling());
            assertThat(TermEncoder.countWords(withoutEllipsis(sentence))).as("words of %s", visible(sentence))
                    .isLessThanOrEqualTo(options.sentenceWordCeiling());
            boolean whole = texts.stream().anyMatch(text -> text.contains(sentence));
            boolean shortened = sentence.endsWith(ELLIPSIS)
                    && texts.stream().anyMatch(text -> text.contains(withoutEllipsis(sentence)));
            assertThat(whole || shortened).as("%s is a piece of the text", visible(sentence)).isTrue();
        }
        assertInArticleOrder(texts, sentences);
        Statistics.label("a sentence shortened").collect(sentences.stream()
                .anyMatch(sentence -> sentence.endsWith(ELLIPSIS) && texts.stream().noneMatch(text -> text.contains(sentence))));
    }

    @Property
    void shouldNeverCutACharacterInHalf(@ForAll("paragraphs") Paragraphs paragraphs,
                                        @ForAll("options") SummaryOptions options) {
        boolean textHasHalves = paragraphs.texts().stream().anyMatch(SummarizerFuzzTest::hasLoneSurrogate);

        List<String> sentences = new Summarizer(options).summarize(paragraphs.texts()).sentences();

        if (!textHasHalves) {
            assertThat(sentences).noneMatch(SummarizerFuzzTest::hasLoneSurrogate);
        }
    }

    // ---- generators ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<SummaryOptions> options() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(SummaryOptions.DEFAULT)),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 200))
                        .as(SummaryOptions::new)));
    }

    @Provide
    Arbitrary<Paragraphs> paragraphs() {
        Arbitrary<String> paragraph = Arbitraries.frequencyOf(
                Tuple.of(6, sentences().list().ofMaxSize(6).map(list -> String.join(" ", list))),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(300)),
                Tuple.of(1, longRuns()),
                Tuple.of(1, Arbitraries.of("", " ", "\n", "\u00A0", "...", "\u2026", "?!", "\"", "Mr. Dr. St.")));
        return Arbitraries.frequencyOf(
                Tuple.of(8, paragraph.list().ofMaxSize(8)),
                // more sentences than the summarizer ranks (a few dozen, repeated: generating hundreds costs more)
                Tuple.of(1, Combinators.combine(sentences().list().ofMinSize(20).ofMaxSize(40),
                        Arbitraries.integers().between(8, 12)).as(SummarizerFuzzTest::repeated)))
                .map(Paragraphs::new);
    }

    /** Sentences as news prose writes them, with the marks that make splitting hard. */
    private static Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)),
                Tuple.of(4, Arbitraries.of("the", "council", "flood", "wall", "said", "Monday", "river", "homes", "a",
                        "of", "and", "it", "The", "He", "She")),
                Tuple.of(2, Arbitraries.of("Mr.", "Dr.", "U.S.", "e.g.", "i.e.", "No.", "Jan.", "3.5%", "1.", "etc.",
                        "z. B.", "Nr.", "3. Mai", "S.A.", "p. ex.", "\u3002", "\u300C\u306F\u3044\u3002\u300D\u3068", "\uFF01",
                        "Inc.", "J.R.R.", "a.m.", "(aside)", "\"quoted\"", "\u201Cquoted\u201D", "'single'", "[1]", "\u2014",
                        "-", "\u2022", "Photo:", "Getty", "Images")),
                Tuple.of(2, Arbitraries.of("\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "e\u0301",
                        "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD83C\uDDFA\uD83C\uDDE6", "\u4E2D\u6587\u3002",
                        "\u00A0", "\u2028", "\t", "\uD800", "\uDFFF")),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4)));
        Arbitrary<String> end = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of(".")),
                Tuple.of(3, Arbitraries.of("!", "?", "...", "\u2026", ".\"", "?\u201D", ".)", "!?", "")));
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(30), end)
                .as((words, stop) -> String.join(" ", words) + stop);
    }

    /** Text with no sentence end for a long way, or one word of thousands of characters, pairs of halves too. */
    private static Arbitrary<String> longRuns() {
        return Combinators.combine(Arbitraries.of("word ", "x", "\uD83D\uDE00", "ab\u0301", "\uD83D\uDE00 ", "a\uD83D\uDE00",
                        "\u6E2F\u53E3", "\u304B\u306A\u3001", "z. B. "),
                Arbitraries.integers().between(100, 5_000)).as(String::repeat);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static List<String> repeated(List<String> paragraphs, int times) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.addAll(paragraphs);
        }
        return all;
    }

    /** Each sentence (or its shortened start) found after the one before it, in the paragraphs read in order. */
    private static void assertInArticleOrder(List<String> paragraphs, List<String> sentences) {
        String article = String.join("\n", paragraphs);
        int from = 0;
        for (String sentence : sentences) {
            int at = article.indexOf(sentence, from);
            if (at < 0 && sentence.endsWith(ELLIPSIS)) {
                at = article.indexOf(withoutEllipsis(sentence), from);
            }
            assertThat(at).as("%s found in article order", visible(sentence)).isNotNegative();
            from = at + 1;
        }
    }

    private static String withoutEllipsis(String sentence) {
        return sentence.endsWith(ELLIPSIS) ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

}
