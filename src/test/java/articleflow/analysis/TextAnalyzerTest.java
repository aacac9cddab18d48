package articleflow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private AnalyzedText.Term term(AnalyzedText text, String stem) {
        return text.terms().stream().filter(t -> t.stem().equals(stem)).findFirst().orElseThrow();
    }

    private List<String> stems(AnalyzedText text) {
        return text.terms().stream().map(AnalyzedText.Term::stem).toList();
    }

    @Test
    void shouldStemEnglishAndKeepTheMostFrequentSurfaceForm() {
        AnalyzedText text = analyzer.analyze("en",
                "The elections were held. Voters elected Putin's rival in Vladivostok's elections.");

        assertThat(text.language()).isEqualTo("en");
        assertThat(term(text, "elect").count()).isEqualTo(3);
        assertThat(term(text, "elect").surface()).isEqualTo("elections");
        assertThat(term(text, "putin").surface()).isEqualTo("putin");
        assertThat(term(text, "vladivostok").surface()).isEqualTo("vladivostok");
    }

    @Test
    void shouldDropStopWordsOfTheLanguage() {
        AnalyzedText text = analyzer.analyze("en", "They said that he would have been there with them.");

        assertThat(stems(text)).containsExactly("said");
    }

    @Test
    void shouldUseLucenesAnalyzerForEachLanguage() {
        AnalyzedText french = analyzer.analyze("fr", "L'économie française et les économies européennes.");
        AnalyzedText german = analyzer.analyze("de-AT", "Die Häuser der Bundeskanzlerin.");

        assertThat(french.language()).isEqualTo("fr");
        assertThat(term(french, "econom").count()).isEqualTo(2);
        assertThat(term(french, "econom").surface()).isEqualTo("économie");
        assertThat(german.language()).isEqualTo("de");
        assertThat(term(german, "haus").surface()).isEqualTo("häuser");
    }

    @Test
    void shouldStemPolishAndDropItsFunctionWords() {
        AnalyzedText polish = analyzer.analyze("pl", "Most jest zamknięty, a remont mostu potrwa do jesieni.");

        assertThat(polish.language()).isEqualTo("pl");
        // "most" and "mostu", one word in two cases, are one term
        assertThat(polish.terms()).filteredOn(t -> t.surface().startsWith("most")).singleElement()
                .extracting(AnalyzedText.Term::count).isEqualTo(2);
        assertThat(polish.terms()).noneMatch(t -> t.surface().equals("jest") || t.surface().equals("do"));
    }

    @Test
    void shouldFallBackToALanguageNeutralAnalysisForUnknownLanguages() {
        AnalyzedText unknown = analyzer.analyze("xx", "Running runners ran.");
        AnalyzedText missing = analyzer.analyze(null, "Running runners ran.");

        assertThat(unknown.language()).isEqualTo(TextAnalyzer.NEUTRAL);
        assertThat(stems(unknown)).containsExactly("running", "runners", "ran");
        assertThat(missing).isEqualTo(unknown);
    }

    @Test
    void shouldCountNamesWrittenCapitalizedInsideSentences() {
        AnalyzedText text = analyzer.analyze("en", "Floods hit Eastmere. Eastmere residents fled as floods rose.");

        // the second "Eastmere" starts a sentence, so only the first one is evidence of a name
        assertThat(term(text, "eastmer").capitalized()).isEqualTo(1);
        assertThat(term(text, "flood").capitalized()).isZero();
    }

    @Test
    void shouldReadTypographicApostrophesAsPlainOnesInEnglish() {
        AnalyzedText typographic = analyzer.analyze("en", "I\u2019m sure they didn\u2019t see Reid\u2019s car.");
        AnalyzedText plain = analyzer.analyze("en", "I'm sure they didn't see Reid's car.");

        assertThat(stems(typographic)).containsExactly("sure", "see", "reid", "car");
        assertThat(stems(typographic)).isEqualTo(stems(plain));
    }

    @Test
    void shouldCapTheWorkOnHostileInput() {
        String hugeWord = "x".repeat(5_000_000);
        String manyTokens = "word ".repeat(100_000);

        long start = System.nanoTime();
        AnalyzedText word = analyzer.analyze("en", hugeWord);
        AnalyzedText tokens = analyzer.analyze("en", manyTokens);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // Lucene cuts the word into 255-char pieces, all skipped as too long but the last piece of the cut
        assertThat(word.terms()).hasSizeLessThanOrEqualTo(1);
        assertThat(word.truncated()).isTrue();
        assertThat(tokens.truncated()).isTrue();
        assertThat(tokens.tokens()).isLessThanOrEqualTo(TextAnalyzer.MAX_TOKENS);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldGiveTheSameResultFromManyThreads() throws Exception {
        List<String> texts = List.of("Storm surge floods the coastal village of Eastmere.",
                "Der Sturm überflutet das Dorf.", "La tempête inonde le village côtier.");
        Function<String, AnalyzedText> once = t -> analyzer.analyze(t.startsWith("Der") ? "de"
                : t.startsWith("La") ? "fr" : "en", t);
        List<AnalyzedText> expected = texts.stream().map(once).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<AnalyzedText>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    List<AnalyzedText> out = new java.util.ArrayList<>();
                    for (int r = 0; r < 200; r++) {
                        out = texts.stream().map(once).collect(Collectors.toList());
                    }
                    return out;
                }));
            }
            for (Future<List<AnalyzedText>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldKeepAnalysisFreeOfKafka() throws Exception {
        for (String pkg : List.of("analysis", "related")) {
            try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/articleflow", pkg))) {
                assertThat(files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                    try {
                        return java.nio.file.Files.readString(f).contains("org.apache.kafka");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList()).as("files in %s importing Kafka", pkg).isEmpty();
            }
        }
    }
}
