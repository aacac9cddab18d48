package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval extraction} on a one-page benchmark of the English set's format, as a user runs it. */
class EvalExtractionRunTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheFiguresAndSayHowToCompareWithThePeersTheDefaultBuildLacks() throws IOException {
        String article = "The harbour bridge will close for six weeks from Monday while engineers replace two rusted "
                + "piers, the council said. Ferries will carry commuters across the river every fifteen minutes.";
        Files.createDirectories(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve("p1.html.gz")))) {
            out.write(("<html><body><nav><a href=/>Home</a></nav><article><h1>Bridge to close</h1><p>" + article
                    + "</p></article><footer>© Valley Times</footer></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p1\": {\"articleBody\": \"" + article + "\", \"url\": \"https://valley.example/bridge\"}}");

        CommandRun run = CommandRun.inProcess("eval", "extraction", "--data", dir.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("articleflow", "whole page", "(1 pages)");
        // the default build says how to get the peers; a -Ppeers build prints their rows instead
        assertThat(run.stdout()).containsAnyOf(
                "readability4j and boilerpipe are compared in a build with them: mvn -Ppeers", "\nboilerpipe ");
        assertThat(run.stderr()).doesNotContain("\tat ");
    }
}
