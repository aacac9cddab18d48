package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static JsonLines lines(String text, int maxLineBytes) {
        return new JsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLineBytes);
    }

    @Test
    void shouldSplitOnLineEndsAndDropACarriageReturn() {
        JsonLines lines = lines("{\"a\":1}\r\n{\"b\":2}\n{\"c\":3}", 100);

        assertThat(new String(lines.next(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(lines.lastLineBytes()).isEqualTo(7);
        assertThat(new String(lines.next(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
        assertThat(new String(lines.next(), StandardCharsets.UTF_8)).isEqualTo("{\"c\":3}");
        assertThat(lines.hasNext()).isFalse();
    }

    @Test
    void shouldKeepOnlyTheStartOfALineOverTheLimitAndCountAllOfIt() {
        String longLine = "x".repeat(200_000);
        JsonLines lines = lines("short\n" + longLine + "\nafter\n", 1_000);

        assertThat(lines.next()).hasSize(5);
        assertThat(lines.lastLineCut()).isFalse();
        assertThat(lines.next()).hasSize(1_001);
        assertThat(lines.lastLineCut()).isTrue();
        assertThat(lines.lastLineBytes()).isEqualTo(200_000);
        assertThat(new String(lines.next(), StandardCharsets.UTF_8)).isEqualTo("after");
        assertThat(lines.lastLineCut()).isFalse();
    }

    @Test
    void shouldCountALongLineTheSameWithEitherLineEnd() {
        JsonLines unix = lines("x".repeat(20) + "\n", 10);
        JsonLines windows = lines("x".repeat(20) + "\r\n", 10);

        unix.next();
        windows.next();

        assertThat(windows.lastLineBytes()).isEqualTo(unix.lastLineBytes()).isEqualTo(20);
    }
}
