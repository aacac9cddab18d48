package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentEvalTest {

    private static final String STORY = "Die Hafenfähre fährt nach vier Monaten im Trockendock wieder, sagte die Hafenbehörde am Dienstag, "
            + "und die Pendler der Insel müssen keine Umwege mehr fahren, berichtet unser Korrespondent.";

    private final SegmentEval eval = new SegmentEval();

    @Test
    void shouldDecodeEachPageWithItsCharsetAndScoreTitlePlusText(@TempDir Path dir) throws IOException {
        String html = "<html><head><title>Fähre | Beispiel</title></head><body><nav><a href=/>Startseite</a></nav>"
                + "<article><h1>Die Fähre ist zurück</h1><p>" + STORY + "</p></article>"
                + "<footer>© Beispiel Verlag, alle Rechte vorbehalten</footer></body></html>";
        writePage(dir, "p1", html, Charset.forName("windows-1252"));
        Files.writeString(dir.resolve("gold.json"), """
                {"p1": {"url": "https://example.test/faehre", "lang": "de", "charset": "cp1252",
                        "with": ["Die Fähre ist zurück", "Trockendock wieder, sagte"],
                        "without": ["Startseite", "alle Rechte vorbehalten"]}}""");

        List<SegmentPage> pages = eval.load(dir, DevHalf.ALL);
        List<SegmentResult> results = eval.run(pages);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).html()).contains("Die Fähre ist zurück");
        assertThat(results.get(0).name()).isEqualTo(ExtractionEval.ARTICLEFLOW);
        assertThat(results.get(0).total()).isEqualTo(new SegmentScore(2, 0, 0, 2, List.of(), List.of()));
        assertThat(results.get(1).total().fp()).isEqualTo(2);
    }

    @Test
    void shouldPrintLanguagesWithEnoughPagesAndTheWorstPagesSegments(@TempDir Path dir) throws IOException {
        StringBuilder gold = new StringBuilder("{");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SegmentEval.MIN_LANGUAGE_PAGES + 1; i++) {
            String id = "de" + i;
            ids.add(id);
            writePage(dir, id, "<p>" + STORY + "</p>", StandardCharsets.UTF_8);
            gold.append(String.format("\"%s\": {\"url\": \"\", \"lang\": \"de\", \"charset\": \"utf-8\", "
                    + "\"with\": [\"Hafenbehörde\"], \"without\": []},", id));
        }
        writePage(dir, "en0", "<p>Nothing of what the judge wanted is on this page.</p>", StandardCharsets.UTF_8);
        gold.append("\"en0\": {\"url\": \"https://example.test/en0\", \"lang\": \"en\", \"charset\": \"utf-8\", "
                + "\"with\": [\"harbour ferry\"], \"without\": [\"Nothing of what\"]}}");
        Files.writeString(dir.resolve("gold.json"), gold);

        List<SegmentPage> pages = eval.load(dir, DevHalf.ALL);
        List<SegmentResult> results = eval.run(pages);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        eval.printTable(results, pages, "all", out);
        eval.printWorst(results.get(0), pages, 3, out);
        String text = printed.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("(12 pages, all)", "de          11  1.000  1.000  1.000")
                .doesNotContain("en           1");
        assertThat(text).contains("en0  en  missed 1 of 1, kept 1 of 1  https://example.test/en0",
                "    missed: harbour ferry", "    kept:   Nothing of what");
        assertThat(text.lines().filter(line -> line.startsWith("de") && line.contains("missed"))).isEmpty();
    }

    @Test
    void shouldSplitPagesIntoTwoHalvesThatTogetherMakeTheWhole(@TempDir Path dir) throws IOException {
        StringBuilder gold = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            writePage(dir, "p" + i, "<p>" + STORY + "</p>", StandardCharsets.UTF_8);
            gold.append(i == 0 ? "" : ",").append(String.format(
                    "\"p%d\": {\"url\": \"\", \"lang\": \"de\", \"charset\": \"utf-8\", \"with\": [], \"without\": []}", i));
        }
        Files.writeString(dir.resolve("gold.json"), gold.append('}'));

        int a = eval.load(dir, DevHalf.A).size();
        int b = eval.load(dir, DevHalf.B).size();

        assertThat(a + b).isEqualTo(20);
        assertThat(a).isPositive();
        assertThat(b).isPositive();
    }

    private static void writePage(Path dir, String id, String html, Charset charset) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
            out.write(html.getBytes(charset));
        }
    }
}
