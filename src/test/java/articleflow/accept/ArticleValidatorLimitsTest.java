package articleflow.accept;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every metadata field is bounded, so every record built from an article is bounded too. */
class ArticleValidatorLimitsTest {

    private final ArticleValidator validator = new ArticleValidator(2 * 1024 * 1024);

    private Verdict decide(String json) {
        return validator.decide("k", json.getBytes(StandardCharsets.UTF_8), Instant.parse("2024-05-01T00:00:00Z"));
    }

    private static String article(String extraFields) {
        return "{\"source\":\"s\",\"body\":\"Text.\"" + extraFields + "}";
    }

    @Test
    void shouldRefuseATitleLongerThanTheLimit() {
        Verdict verdict = decide(article(",\"title\":\"" + "t".repeat(1025) + "\""));
        assertThat(verdict).isEqualTo(new Rejection(RejectReason.TOO_LARGE,
                "title of 1025 characters exceeds the limit of 1024 characters"));
    }

    @Test
    void shouldAcceptATitleAtTheLimit() {
        assertThat(decide(article(",\"title\":\"" + "t".repeat(1024) + "\""))).isInstanceOf(AcceptedArticle.class);
    }

    @Test
    void shouldCountAUrlInBytesNotCharacters() {
        // 1,366 three-byte characters: 4,098 bytes, over the 4,096-byte limit although under 4,096 characters
        Verdict verdict = decide(article(",\"url\":\"https://x/" + "\u20ac".repeat(1366) + "\""));
        assertThat(verdict).isEqualTo(new Rejection(RejectReason.TOO_LARGE,
                "url of 4108 bytes exceeds the limit of 4096 bytes"));
    }

    @Test
    void shouldRefuseTooManyAuthorsAndTooLongATag() {
        String authors = ",\"authors\":[" + "\"a\",".repeat(100) + "\"a\"]";
        assertThat(decide(article(authors))).isEqualTo(new Rejection(RejectReason.TOO_LARGE,
                "authors has 101 entries, more than the limit of 100"));
        assertThat(decide(article(",\"tags\":[\"" + "t".repeat(257) + "\"]"))).isEqualTo(new Rejection(
                RejectReason.TOO_LARGE, "tags entry of 257 bytes exceeds the limit of 256 bytes"));
    }

    @Test
    void shouldRefuseATimeStringLongerThanAnyTime() {
        Verdict verdict = decide(article(",\"published_at\":\"" + "2".repeat(200_000) + "\""));
        assertThat(verdict).isEqualTo(new Rejection(RejectReason.TOO_LARGE,
                "published_at of 200000 characters exceeds the limit of 64 characters"));
    }

    @Test
    void shouldRefuseAnIdKeyLongerThanTheLimit() {
        Verdict verdict = validator.decide("k".repeat(2049), article("").getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        assertThat(verdict).isEqualTo(new Rejection(RejectReason.TOO_LARGE,
                "id of 2049 bytes exceeds the limit of 2048 bytes"));
    }
}
