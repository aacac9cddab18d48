package articleflow.normalize;

import articleflow.model.WordCount;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnedFurnitureTest {

    private static final String SIGN_OFF = "Read by our audio desk";
    private static final String CODE = "Our newsroom follows the Harbour Code of Practice";

    private final Map<String, LineHistory> histories = new HashMap<>();
    private final List<Long> fingerprintsRead = new ArrayList<>();
    private final LearnedFurniture furniture = new LearnedFurniture(new LineHistoryStore() {
        @Override
        public LineHistory get(String source, long fingerprint) {
            fingerprintsRead.add(fingerprint);
            return histories.get(source + fingerprint);
        }

        @Override
        public void put(String source, long fingerprint, LineHistory history) {
            histories.put(source + fingerprint, history);
        }
    }, new FurnitureSettings(3, Duration.ofHours(1), 40, 0.25));

    private List<Integer> publish(String source, String id, String time, List<String> paragraphs) {
        List<Long> fingerprints = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        for (String paragraph : paragraphs) {
            fingerprints.add(LineFingerprint.of(paragraph));
            words.add(WordCount.of(paragraph));
        }
        return furniture.stripAndLearn(source, id, Instant.parse(time).toEpochMilli(), fingerprints, words);
    }

    private static List<String> story(String topic) {
        return List.of(SIGN_OFF,
                "The " + topic + " committee met on Monday and agreed a plan after a long debate about costs and timing.",
                "Members said the " + topic + " plan would be reviewed next spring once the first results were known to everyone.",
                "Residents near the " + topic + " site were invited to a public meeting at the town hall on Thursday evening.",
                "Officials expect the " + topic + " work to finish within two years if the funding arrives on schedule.",
                CODE);
    }

    @Test
    void shouldStripLinesASourceRepeatedAcrossDistinctArticlesOverTime() {
        assertThat(publish("wire", "a", "2024-01-01T08:00:00Z", story("harbour"))).isEmpty();
        assertThat(publish("wire", "b", "2024-01-01T10:00:00Z", story("library"))).isEmpty();
        assertThat(publish("wire", "c", "2024-01-01T12:00:00Z", story("tram"))).isEmpty();
        assertThat(publish("wire", "d", "2024-01-01T14:00:00Z", story("school"))).containsExactly(0, 5);
    }

    @Test
    void shouldReadTheHistoryOfShortParagraphsOnlyAsLongOnesAreNeverLearned() {
        String longParagraph = "The harbour committee met on Monday and agreed a plan after a long debate about costs,"
                + " timing, the dredging of the old basin, the new quay wall, the ferry timetable, the parking"
                + " charges and the future of the fish market that has stood on the quay for a century.";
        assertThat(WordCount.of(longParagraph)).isGreaterThan(40);

        publish("wire", "a", "2024-01-01T08:00:00Z", List.of(SIGN_OFF, longParagraph));

        assertThat(fingerprintsRead).containsExactly(LineFingerprint.of(SIGN_OFF));
    }

    @Test
    void shouldNotLearnFromABurstShorterThanTheMinimumSpan() {
        publish("wire", "a", "2024-01-01T08:00:00Z", story("harbour"));
        publish("wire", "b", "2024-01-01T08:10:00Z", story("library"));
        publish("wire", "c", "2024-01-01T08:20:00Z", story("tram"));
        assertThat(publish("wire", "d", "2024-01-01T08:30:00Z", story("school"))).isEmpty();
    }

    @Test
    void shouldKeepACorrectionsOwnTextHoweverOftenItIsResent() {
        List<String> text = story("bridge");
        for (int hour = 1; hour <= 6; hour++) {
            assertThat(publish("wire", "same-id", "2024-01-01T0" + hour + ":00:00Z", text)).isEmpty();
        }
    }

    @Test
    void shouldKeepASyndicatedCopysText() {
        List<String> text = story("harbour");
        publish("wire", "original", "2024-01-01T08:00:00Z", text);
        publish("wire", "copy-1", "2024-01-01T10:00:00Z", text);
        publish("wire", "copy-2", "2024-01-01T12:00:00Z", text);
        assertThat(publish("wire", "copy-3", "2024-01-01T14:00:00Z", text)).isEmpty();
    }

    @Test
    void shouldNeverRemoveMoreThanTheBoundedShare() {
        List<String> shortStory = List.of(SIGN_OFF, CODE, "A brief update follows later today.");
        publish("wire", "a", "2024-01-01T08:00:00Z", story("harbour"));
        publish("wire", "b", "2024-01-01T10:00:00Z", story("library"));
        publish("wire", "c", "2024-01-01T12:00:00Z", story("tram"));
        assertThat(publish("wire", "d", "2024-01-01T14:00:00Z", shortStory)).isEmpty();
    }

    @Test
    void shouldKeepSourcesApart() {
        publish("wire", "a", "2024-01-01T08:00:00Z", story("harbour"));
        publish("wire", "b", "2024-01-01T10:00:00Z", story("library"));
        publish("wire", "c", "2024-01-01T12:00:00Z", story("tram"));
        assertThat(publish("other", "d", "2024-01-01T14:00:00Z", story("school"))).isEmpty();
    }
}
