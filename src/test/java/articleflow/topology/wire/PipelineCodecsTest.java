package articleflow.topology.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import articleflow.link.FeedEntry;
import articleflow.model.Link;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serdes;
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

    @Test
    void shouldReadBackWaitingNewsWithAndWithoutFeedLinks() {
        FeedReply links = FeedReply.neighbourUpdate("a1", "herald", 2,
                new Link("a0", "Before", "https://h.example/a0", "2024-04-30T10:00:00Z"), null);
        WaitingNews withLinks = new WaitingNews(1714557600000L, links);
        WaitingNews withoutLinks = new WaitingNews(1714557600000L, null);

        assertThat(PipelineCodecs.WAITING_NEWS.fromBytes(PipelineCodecs.WAITING_NEWS.toBytes(withLinks)))
                .isEqualTo(withLinks);
        assertThat(PipelineCodecs.WAITING_NEWS.fromBytes(PipelineCodecs.WAITING_NEWS.toBytes(withoutLinks)))
                .isEqualTo(withoutLinks);
    }

    @Test
    void shouldReadTheBareTimestampTheVersionBeforeKeptForWaitingNews() {
        byte[] bareLong = Serdes.Long().serializer().serialize("related-news", 1714557600000L);

        assertThat(PipelineCodecs.WAITING_NEWS.fromBytes(bareLong)).isEqualTo(new WaitingNews(1714557600000L, null));
    }

    @Test
    void shouldKeepTheFirstNewsTimeAndTheNewestLinks() {
        FeedReply first = FeedReply.neighbourUpdate("a1", "herald", 2, null, null);
        FeedReply newer = FeedReply.neighbourUpdate("a1", "herald", 2, null,
                new Link("a2", "After", "https://h.example/a2", "2024-05-01T11:00:00Z"));

        WaitingNews waiting = WaitingNews.related(null, 100);
        waiting = WaitingNews.links(waiting, 200, first);
        waiting = WaitingNews.links(waiting, 300, newer);
        waiting = WaitingNews.related(waiting, 400);

        assertThat(waiting).isEqualTo(new WaitingNews(100, newer));
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
