package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalTest {

    private final ExtractionEval eval = new ExtractionEval();

    @Test
    void shouldAveragePrecisionAndRecallOverPagesAndTakeF1FromTheMeans() {
        List<BenchmarkPage> pages = List.of(
                new BenchmarkPage("p1", "", "unused", "a b c d e"),
                new BenchmarkPage("p2", "", "unused", "a b c d"));
        // p1: precision 1, recall 0.5; p2: precision 1/3, recall 1
        List<String> outputs = List.of("a b c d", "a b c d e f");
        int[] next = {0};

        ExtractorResult result = eval.evaluate("fixed", pages, (html, url) -> outputs.get(next[0]++));

        assertThat(result.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(result.recall()).isCloseTo(0.75, within(1e-12));
        assertThat(result.f1()).isCloseTo(2 * (2 / 3.0) * 0.75 / (2 / 3.0 + 0.75), within(1e-12));
    }

    @Test
    void shouldScoreAFailingExtractorZeroOnThatPage() {
        List<BenchmarkPage> pages = List.of(new BenchmarkPage("p1", "", "<p>x</p>", "a b c d"));

        ExtractorResult result = eval.evaluate("broken", pages, (html, url) -> {
            throw new IllegalStateException("boom");
        });

        assertThat(result.f1()).isZero();
    }

    @Test
    void shouldRunArticleflowAndTheWholePageBaselineOnABenchmarkDirectory(@TempDir Path dir) throws IOException {
        String article = "The harbour ferry returned to service on Tuesday after four months of repairs in dry dock, "
                + "the port authority said, and commuters welcomed the shorter crossing.";
        String html = "<html><body><ul class=\"menu\"><li><a href=\"/\">Home</a></li><li><a href=\"/n\">News</a></li></ul>"
                + "<article><h1>Ferry back</h1><p>" + article + "</p></article>"
                + "<footer>Copyright Example News, all rights reserved worldwide</footer></body></html>";
        Files.createDirectories(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/page1.html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"page1\": {\"articleBody\": \"" + article + "\", \"url\": \"https://example.test/ferry\"}}");

        List<BenchmarkPage> pages = eval.load(dir);
        List<ExtractorResult> results = eval.run(pages);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        eval.printTable(results, pages.size(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(pages).hasSize(1);
        assertThat(results.get(0).name()).isEqualTo(ExtractionEval.ARTICLEFLOW);
        assertThat(results.get(0).f1()).isEqualTo(1.0);
        assertThat(results.get(1).precision()).isLessThan(1.0);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("articleflow", "whole page", "1.000");
    }

    @Test
    void shouldSayHowManyJudgedPagesHaveNoHtml(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("ground-truth.json"), "{\"gone\": {\"articleBody\": \"text\"}}");
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertThat(eval.load(dir)).isEmpty();
        } finally {
            System.setErr(err);
        }

        assertThat(said.toString(StandardCharsets.UTF_8)).startsWith("eval: 1 page listed in ground-truth.json has no HTML");
    }
}
