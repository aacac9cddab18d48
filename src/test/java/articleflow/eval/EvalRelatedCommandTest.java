package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalRelatedCommandTest {

    /** Two stories of three reports each, written for this test, in the benchmark's JSON-lines shape. */
    private static final List<String> LINES = List.of(
            row("m1", "mill", "https://a.example/m1", "Fire destroys Oakham paper mill",
                    "A fire destroyed the old Oakham paper mill on Sunday night. Forty firefighters fought the blaze "
                            + "for six hours. The mill owner Greta Lund said nobody was inside."),
            row("m2", "mill", null, "Oakham mill gutted by blaze",
                    "Greta Lund, who owns the Oakham paper mill, said she was relieved that nobody was hurt after "
                            + "fire gutted the building. Firefighters worked through Sunday night."),
            row("m3", "mill", "https://c.example/m3", "Investigators search Oakham mill ruins",
                    "Fire investigators began searching the ruins of the Oakham paper mill on Monday, a day after "
                            + "the blaze. Greta Lund has promised to rebuild the mill."),
            row("s1", "swim", "https://a.example/s1", "Ravi Menon breaks national swimming record",
                    "Ravi Menon broke the national 200 metres butterfly record at the Kessel championships, "
                            + "touching the wall in one minute 54 seconds."),
            row("s2", "swim", "https://b.example/s2", "Menon sets butterfly record in Kessel",
                    "Swimmer Ravi Menon set a new national butterfly record over 200 metres at the Kessel pool, "
                            + "beating the old mark by half a second."),
            row("s3", "swim", null, "Record for Menon at Kessel championships",
                    "At the Kessel championships Ravi Menon lowered the national butterfly record. His coach said "
                            + "the 200 metres swim was the best of his career."));

    private static String row(String id, String story, String url, String title, String text) {
        return "{\"id\": \"" + id + "\", \"story\": \"" + story + "\", \"url\": " + (url == null ? "null" : "\"" + url
                + "\"") + ", \"title\": \"" + title + "\", \"text\": \"" + title + "\\n" + text + "\"}";
    }

    @Test
    void shouldScoreTheEnrichPathAgainstTheBaselineInThreeOrders(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("articles.jsonl");
        Files.write(data, LINES, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalRelatedCommand());
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--data", data.toString());

        String report = out.toString();
        assertThat(exit).isZero();
        assertThat(report).contains("6 articles, 2 stories", "articleflow, fixed order", "articleflow, reversed order",
                "articleflow, shuffled order", "batch TF-IDF cosine baseline", "P@5 difference between orders",
                "near-duplicate self-test", "precision 1.000");
        // each report's first related article is of its own story
        assertThat(report).containsPattern("articleflow, fixed order\\s+1\\.000");
    }

    @Test
    void shouldAlsoRunTheSimulatorWhenAskedForDiagnostics(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("articles.jsonl");
        Files.write(data, LINES, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalRelatedCommand());
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--data", data.toString(), "--partitions", "3", "--diagnostics");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("streaming, fixed order", "lists identical in all three orders: true",
                "state per indexed article");
    }

    @Test
    void shouldRefuseASettingWithoutAName(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("articles.jsonl");
        Files.write(data, LINES, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvalRelatedCommand());
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--data", data.toString(), "-D", "=3");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("-D needs a setting's name before the '=': -D =3");
    }

    @Test
    void shouldTakeTheSourceFromTheUrlsHost() {
        assertThat(EvalRelatedCommand.sourceOf("http://articles.latimes.com/2013/may/03/x")).isEqualTo("articles.latimes.com");
        assertThat(EvalRelatedCommand.sourceOf(null)).isEqualTo("ecb-archive");
        assertThat(EvalRelatedCommand.sourceOf("not a url")).isEqualTo("ecb-archive");
    }

    @Test
    void shouldReadAFileThatStartsWithAByteOrderMark(@TempDir Path dir) throws Exception {
        Path plain = Files.write(dir.resolve("articles.jsonl"), LINES, StandardCharsets.UTF_8);
        Path marked = Files.writeString(dir.resolve("marked.jsonl"), "\uFEFF" + Files.readString(plain));

        assertThat(EvalRelatedCommand.read(marked, "en", 5)).isEqualTo(EvalRelatedCommand.read(plain, "en", 5));
    }

    @Test
    void shouldGivePublishTimesOneMinuteApartInASeededOrder(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("articles.jsonl");
        Files.write(data, LINES, StandardCharsets.UTF_8);

        List<EvalRelatedCommand.Labelled> first = EvalRelatedCommand.read(data, "en", 5);
        List<EvalRelatedCommand.Labelled> again = EvalRelatedCommand.read(data, "en", 5);

        assertThat(first).isEqualTo(again);
        assertThat(first.get(1).input().publishedAtMillis() - first.get(0).input().publishedAtMillis())
                .isEqualTo(60_000L);
        assertThat(first).allSatisfy(a -> assertThat(a.input().text()).doesNotStartWith(a.input().title()));
    }
}
