package articleflow.topology.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import articleflow.link.FeedEntry;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/**
 * The stores' bytes outlive the code that wrote them: these pin the layout of format 1, and show that the JSON
 * the version before it wrote is still read.
 */
class PipelineCodecsTest {

    private static final FeedEntry ENTRY =
            new FeedEntry("herald", "a1", "Title", "https://h.example/a1", "2024-05-01T10:00:00Z", 1714557600000L, 3);

    @Test
    void shouldWriteAFeedEntryAsFormatOneThenItsFieldsInOrder() {
        String expected = "01" // format
                + "00000006" + hex("herald") + "00000002" + hex("a1") + "00000005" + hex("Title")
                + "00000014" + hex("https://h.example/a1") + "00000014" + hex("2024-05-01T10:00:00Z")
                + "0000018f3398c100" // published_at_millis
                + "0000000000000003"; // version

        assertThat(HexFormat.of().formatHex(PipelineCodecs.FEED_ENTRY.toBytes(ENTRY))).isEqualTo(expected);
    }

    @Test
    void shouldReadAFeedEntryTheJsonVersionWrote() {
        byte[] json = ("{\"source\":\"herald\",\"id\":\"a1\",\"title\":\"Title\",\"url\":\"https://h.example/a1\","
                + "\"published_at\":\"2024-05-01T10:00:00Z\",\"published_at_millis\":1714557600000,\"version\":3}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(PipelineCodecs.FEED_ENTRY.fromBytes(json)).isEqualTo(ENTRY);
    }

    @Test
    void shouldRefuseAnUnknownFormatByName() {
        byte[] future = {7, 0, 0};

        assertThatThrownBy(() -> PipelineCodecs.FEED_ENTRY.fromBytes(future))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown format 7");
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
