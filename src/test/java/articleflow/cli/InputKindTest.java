package articleflow.cli;

import static articleflow.cli.CommandRun.assertOneLine;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A compressed or binary file given as text is refused by name before anything is read from it, let alone sent. */
@Timeout(60)
class InputKindTest {

    private static final String ARTICLE = "{\"id\":\"a1\",\"source\":\"s\",\"title\":\"Ferry\",\"body\":\"The ferry sailed.\"}\n";

    @TempDir
    Path dir;

    @Test
    void shouldSayAGzipFileIsCompressed() throws IOException {
        Path feed = Files.write(dir.resolve("feed.jsonl.gz"), gzip(ARTICLE));

        assertThatThrownBy(() -> InputKind.requireText(feed)).isInstanceOf(DataError.class)
                .hasMessage(feed + " is gzip-compressed, not text: decompress it first");
    }

    @Test
    void shouldNameOtherCompressionsByTheirMagicNumbers() throws IOException {
        Path zstd = Files.write(dir.resolve("feed.zst"), new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 4, 0});
        Path zip = Files.write(dir.resolve("feed.zip"), new byte[] {'P', 'K', 3, 4, 20, 0});

        assertThatThrownBy(() -> InputKind.requireText(zstd)).hasMessageContaining("is zstd-compressed");
        assertThatThrownBy(() -> InputKind.requireText(zip)).hasMessageContaining("is a zip archive");
    }

    @Test
    void shouldSayAFileWithNulBytesIsBinary() throws IOException {
        Path program = Files.write(dir.resolve("ls"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});

        assertThatThrownBy(() -> InputKind.requireText(program)).isInstanceOf(DataError.class)
                .hasMessage(program + " is binary, not text: it contains NUL bytes");
    }

    @Test
    void shouldTakeTextAnEmptyFileAndAUtf16PageWithItsByteOrderMark() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), ARTICLE);
        Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        Path utf16 = Files.write(dir.resolve("page.html"), "\uFEFF<p>Straße</p>".getBytes(StandardCharsets.UTF_16LE));

        assertThatCode(() -> InputKind.requireText(feed)).doesNotThrowAnyException();
        assertThatCode(() -> InputKind.requireText(empty)).doesNotThrowAnyException();
        assertThatCode(() -> InputKind.requireText(utf16)).doesNotThrowAnyException();
    }

    @Test
    void shouldLetProduceSendNothingFromACompressedFeedOrABinaryFile() throws IOException {
        Path feed = Files.write(dir.resolve("feed.jsonl.gz"), gzip(ARTICLE));
        Path program = Files.write(dir.resolve("ls"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, '\n'});

        // an unreachable cluster: a refusal that came only after connecting would be exit 4, 15 s later
        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", feed.toString()),
                Main.DATA_ERROR, feed + " is gzip-compressed, not text: decompress it first");
        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", program.toString()),
                Main.DATA_ERROR, program + " is binary, not text: it contains NUL bytes");
    }

    @Test
    void shouldRefuseAUtf16FeedOfJsonLinesWithWhatToDo() throws IOException {
        Path feed = Files.write(dir.resolve("feed.jsonl"), ("\uFEFF" + ARTICLE + ARTICLE).getBytes(StandardCharsets.UTF_16LE));
        String refusal = feed + " is UTF-16 text; JSON lines are read as UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)";

        assertThatThrownBy(() -> InputKind.requireUtf8Lines(feed, "")).isInstanceOf(DataError.class).hasMessage(refusal);
        // enrich would have read the first line and dead-lettered the others as NUL-filled JSON
        assertOneLine(CommandRun.inProcess("enrich", "--in", feed.toString(), "--out", dir.resolve("out.jsonl").toString()),
                Main.DATA_ERROR, refusal);
        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", feed.toString()),
                Main.DATA_ERROR, refusal);
    }

    @Test
    void shouldLetProduceSendNoPageOfAFolderWithOnePageSavedCompressed() throws IOException {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.html"), "<html><body><p>The ferry sailed.</p></body></html>");
        Path compressed = Files.write(pages.resolve("b.html"), gzip("<html><body><p>The bus left.</p></body></html>"));

        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", "--source", "valley-times",
                pages.toString()), Main.DATA_ERROR, compressed + " is gzip-compressed, not text: decompress it first");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
