package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.ArticleJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What {@code tail} prints for people: a record's text escaped, so a record is its own lines and no terminal code runs. */
class ArticlePrinterTest {

    private static final String FORGED = "a-1\u0001\u0007\u001b[31m red\nforged line";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ArticlePrinter printer = new ArticlePrinter(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void shouldPrintADeadLettersKeyAndMessageEscapedOnOneLine() {
        ConsumerRecord<byte[], byte[]> letter = record(FORGED, "{}");
        letter.headers().add("articleflow.error.reason", utf8("invalid_field"))
                .add("articleflow.error.stage", utf8("accept"))
                .add("__streams.errors.message", utf8("id '" + FORGED + "' holds a control character"));

        printer.deadLetter(letter);

        assertThat(printed()).isEqualTo("dead letter  invalid_field at accept (-@, key \"a-1\\u0001\\u0007\\u001b[31m red"
                + "\\u000aforged line\"): \"id 'a-1\\u0001\\u0007\\u001b[31m red\\u000aforged line' holds a control character\"\n");
    }

    @Test
    void shouldPrintAnEnrichedArticlesTextEscaped() {
        String article = ArticleJson.toJson(Map.of("id", "a-1", "source", "valley\u001b]0;owned\u0007",
                "title", "Ferry\r\nsails", "summary", "The ferry\u2028sailed.", "revision", 2,
                "keywords", List.of("ferry\u202e"), "neighbors", Map.of("related", List.of())));

        printer.enriched(record("a-1", article));
        printer.enriched(record(FORGED, null));

        assertThat(printed().lines().toList()).containsExactly(
                "rev 2   a-1 · valley\\u001b]0;owned\\u0007 · null",
                "        Ferry\\u000d\\u000asails",
                "        summary: The ferry\\u2028sailed.",
                "        previous: —",
                "        next:     —",
                "        keywords: ferry\\u202e",
                "withdrawn  a-1\\u0001\\u0007\\u001b[31m red\\u000aforged line");
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<byte[], byte[]> record(String key, String value) {
        return new ConsumerRecord<>("articles.enriched", 0, 7, utf8(key), value == null ? null : utf8(value));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
