package articleflow.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import articleflow.model.ArticleMeta;
import articleflow.model.ContentType;
import articleflow.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

    private static final Instant RECORD_TIME = Instant.parse("2024-05-01T12:00:00Z");
    private final ArticleValidator validator = new ArticleValidator(1024);

    private Verdict decide(String key, String json) {
        return validator.decide(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8), RECORD_TIME);
    }

    private static RejectReason reasonOf(Verdict verdict) {
        assertThat(verdict).isInstanceOf(Rejection.class);
        return ((Rejection) verdict).reason();
    }

    @Test
    void shouldAcceptACompleteArticleAndParseItsTimes() {
        Verdict verdict = decide("a1", """
                {"id":"a1","source":"herald","url":"https://h.example/a1","title":"T","body":"Text.",
                 "content_type":"text/plain","published_at":"2024-05-01T10:00:00+02:00","language":"en",
                 "authors":["Ann"],"tags":["x"],"updated_at":"2024-05-01T09:00:00Z","unknown_field":42}""");
        AcceptedArticle article = (AcceptedArticle) verdict;
        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.meta().publishedAt()).isEqualTo("2024-05-01T08:00:00Z");
        assertThat(article.meta().updatedAtMillis()).isEqualTo(Instant.parse("2024-05-01T09:00:00Z").toEpochMilli());
        assertThat(article.meta().authors()).containsExactly("Ann");
        assertThat(article.contentType()).isEqualTo(ContentType.PLAIN);
    }

    @Test
    void shouldTakeTheIdFromTheValueWhenTheKeyIsMissingAndFallBackToTheUrl() {
        assertThat(((AcceptedArticle) decide(null, "{\"id\":\"x\",\"source\":\"s\",\"body\":\"b\"}")).id()).isEqualTo("x");
        assertThat(((AcceptedArticle) decide(null, "{\"url\":\"https://u\",\"source\":\"s\",\"body\":\"b\"}")).id())
                .isEqualTo("https://u");
    }

    @Test
    void shouldLetTheKeyWinWhenTheValueHasOnlyAUrl() {
        assertThat(((AcceptedArticle) decide("k", "{\"url\":\"https://u\",\"source\":\"s\",\"body\":\"b\"}")).id())
                .isEqualTo("k");
    }

    @Test
    void shouldUseTheRecordTimeWhenPublishedAtIsAbsent() {
        AcceptedArticle article = (AcceptedArticle) decide("k", "{\"source\":\"s\",\"body\":\"b\"}");
        assertThat(article.meta().publishedAt()).isEqualTo(RECORD_TIME.toString());
    }

    @Test
    void shouldSniffHtmlWhenNoContentTypeIsGiven() {
        AcceptedArticle article = (AcceptedArticle) decide("k", "{\"source\":\"s\",\"body\":\"<html><body><p>Hi</p></body></html>\"}");
        assertThat(article.contentType()).isEqualTo(ContentType.HTML);
    }

    @Test
    void shouldTreatANullValueAsAWithdrawal() {
        assertThat(decide("a1", null)).isEqualTo(new Withdrawal("a1"));
        assertThat(reasonOf(decide(null, null))).isEqualTo(RejectReason.MISSING_KEY);
    }

    @Test
    void shouldRejectEachKindOfBadRecordWithItsReason() {
        assertThat(reasonOf(decide("k", "{not json"))).isEqualTo(RejectReason.INVALID_JSON);
        assertThat(reasonOf(decide("k", "[1,2]"))).isEqualTo(RejectReason.INVALID_JSON);
        assertThat(reasonOf(decide("k", "{\"body\":\"b\"}"))).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(reasonOf(decide("k", "{\"source\":\"s\"}"))).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(reasonOf(decide(null, "{\"source\":\"s\",\"body\":\"b\"}"))).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(reasonOf(decide("k", "{\"source\":\"s\",\"body\":42}"))).isEqualTo(RejectReason.WRONG_TYPE);
        assertThat(reasonOf(decide("k", "{\"source\":\"s\",\"body\":\"b\",\"tags\":[1]}"))).isEqualTo(RejectReason.WRONG_TYPE);
        assertThat(reasonOf(decide("k", "{\"source\":\"s\",\"body\":\"b\",\"published_at\":\"yesterday\"}")))
                .isEqualTo(RejectReason.BAD_TIMESTAMP);
        assertThat(reasonOf(decide("k", "{\"source\":\"s\",\"body\":\"b\",\"content_type\":\"application/pdf\"}")))
                .isEqualTo(RejectReason.UNSUPPORTED_CONTENT_TYPE);
        assertThat(reasonOf(decide("k", "{\"id\":\"other\",\"source\":\"s\",\"body\":\"b\"}")))
                .isEqualTo(RejectReason.KEY_MISMATCH);
        assertThat(reasonOf(decide("k", "{\"source\":\"s\",\"body\":\"" + "x".repeat(1025) + "\"}")))
                .isEqualTo(RejectReason.TOO_LARGE);
    }

    @Test
    void shouldNameTheFieldInTheMessage() {
        assertThat(decide("k", "{\"body\":\"b\"}"))
                .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "required field source is missing"));
        assertThat(decide("k", "{\"source\":\"s\"}"))
                .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "required field body is missing"));
        assertThat(decide(null, "{\"source\":\"s\",\"body\":\"b\"}"))
                .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "required field id or url is missing"));
    }

    @Test
    void shouldAcceptContentTypeParameters() {
        AcceptedArticle article = (AcceptedArticle) decide("k",
                "{\"source\":\"s\",\"body\":\"<p>b</p>\",\"content_type\":\"text/html; charset=utf-8\"}");
        assertThat(article.contentType()).isEqualTo(ContentType.HTML);
    }

    @Test
    void shouldCarryEveryFieldOfACompleteArticleIntoItsMetadata() {
        Verdict verdict = decide("a1", """
                {"id":"a1","source":"herald","url":"https://h.example/a1","title":"Harbour reopens","body":"Text.",
                 "content_type":"text/plain","published_at":"2024-05-01T10:00:00+02:00","language":"en",
                 "section":"local","authors":["Ann","Bo"],"tags":["harbour"],"updated_at":"2024-05-01T09:30:00Z"}""");

        assertThat(verdict).isEqualTo(new AcceptedArticle(new ArticleMeta("a1", "herald", "https://h.example/a1",
                "Harbour reopens", "2024-05-01T08:00:00Z", Instant.parse("2024-05-01T08:00:00Z").toEpochMilli(), "en",
                "local", List.of("Ann", "Bo"), List.of("harbour"), "2024-05-01T09:30:00Z",
                Instant.parse("2024-05-01T09:30:00Z").toEpochMilli()), "Text.", ContentType.PLAIN));
        assertThat(((AcceptedArticle) verdict).source()).isEqualTo("herald");
    }

    @Test
    void shouldLeaveUpdatedAtEmptyWhenThePublisherSentNone() {
        AcceptedArticle article = (AcceptedArticle) decide("k", "{\"source\":\"s\",\"body\":\"b\",\"updated_at\":\" \"}");

        assertThat(article.meta().updatedAt()).isNull();
        assertThat(article.meta().updatedAtMillis()).isNull();
        assertThat(article.meta().publishedAtMillis()).isEqualTo(RECORD_TIME.toEpochMilli());
    }

    @Test
    void shouldReadTimesWithoutAnOffsetAsUtcAndDatesAsMidnight() {
        AcceptedArticle local = (AcceptedArticle) decide("k",
                "{\"source\":\"s\",\"body\":\"b\",\"published_at\":\" 2024-05-01T10:15:30 \",\"updated_at\":\"2024-05-02\"}");

        assertThat(local.meta().publishedAt()).isEqualTo("2024-05-01T10:15:30Z");
        assertThat(local.meta().updatedAt()).isEqualTo("2024-05-02T00:00:00Z");
        assertThat(local.meta().updatedAtMillis()).isEqualTo(Instant.parse("2024-05-02T00:00:00Z").toEpochMilli());
    }

    @Test
    void shouldUseTheRecordTimeWhenPublishedAtIsBlank() {
        AcceptedArticle article = (AcceptedArticle) decide("k", "{\"source\":\"s\",\"body\":\"b\",\"published_at\":\"  \"}");

        assertThat(article.meta().publishedAt()).isEqualTo("2024-05-01T12:00:00Z");
    }

    @Test
    void shouldNameTheBadTimeAndItsFieldInTheMessage() {
        assertThat(decide("k", "{\"source\":\"s\",\"body\":\"b\",\"published_at\":\"yesterday\"}"))
                .isEqualTo(new Rejection(RejectReason.BAD_TIMESTAMP, "published_at 'yesterday' is not an ISO-8601 time in the years 0000 to 9999"));
        assertThat(decide("k", "{\"source\":\"s\",\"body\":\"b\",\"updated_at\":\"2024-13-01\"}"))
                .isEqualTo(new Rejection(RejectReason.BAD_TIMESTAMP, "updated_at '2024-13-01' is not an ISO-8601 time in the years 0000 to 9999"));
    }

    @Test
    void shouldNameTheUnsupportedContentTypeInTheMessage() {
        assertThat(decide("k", "{\"source\":\"s\",\"body\":\"b\",\"content_type\":\"application/pdf\"}"))
                .isEqualTo(new Rejection(RejectReason.UNSUPPORTED_CONTENT_TYPE,
                        "content_type 'application/pdf' is not text/plain or text/html"));
    }

    @Test
    void shouldSniffTheBodyWhenTheContentTypeIsBlank() {
        AcceptedArticle article = (AcceptedArticle) decide("k",
                "{\"source\":\"s\",\"body\":\"<p>Hi</p>\",\"content_type\":\" \"}");

        assertThat(article.contentType()).isEqualTo(ContentType.HTML);
    }

    @Test
    void shouldNameBothIdsWhenTheKeyDisagreesWithTheValue() {
        assertThat(decide("k", "{\"id\":\"other\",\"source\":\"s\",\"body\":\"b\"}"))
                .isEqualTo(new Rejection(RejectReason.KEY_MISMATCH, "key 'k' disagrees with the id 'other' in the value"));
    }

    @Test
    void shouldAcceptAKeyThatMatchesTheIdInTheValue() {
        assertThat(((AcceptedArticle) decide("a1", "{\"id\":\"a1\",\"source\":\"s\",\"body\":\"b\"}")).id())
                .isEqualTo("a1");
    }

    @Test
    void shouldTreatAnEmptyKeyAsNoKey() {
        assertThat(((AcceptedArticle) decide("", "{\"id\":\"x\",\"source\":\"s\",\"body\":\"b\"}")).id())
                .isEqualTo("x");
        assertThat(decide("", "{\"source\":\"s\",\"body\":\"b\"}"))
                .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "required field id or url is missing"));
    }

    @Test
    void shouldFallBackToTheUrlWhenTheIdIsBlank() {
        assertThat(((AcceptedArticle) decide(null, "{\"id\":\" \",\"url\":\"https://u\",\"source\":\"s\",\"body\":\"b\"}"))
                .id()).isEqualTo("https://u");
        assertThat(decide(null, "{\"id\":\" \",\"url\":\" \",\"source\":\"s\",\"body\":\"b\"}"))
                .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "required field id or url is missing"));
    }

    @Test
    void shouldRejectABlankSource() {
        assertThat(decide("k", "{\"source\":\"  \",\"body\":\"b\"}"))
                .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "required field source is missing"));
    }

    @Test
    void shouldNeedANonBlankKeyForAWithdrawal() {
        Rejection expected = new Rejection(RejectReason.MISSING_KEY,
                "a withdrawal (null value) needs the article id as its key");

        assertThat(decide(null, null)).isEqualTo(expected);
        assertThat(decide("", null)).isEqualTo(expected);
        assertThat(decide("  ", null)).isEqualTo(expected);
    }

    @Test
    void shouldAcceptABodyOfExactlyTheLimitAndRejectOneByteMore() {
        // U+00E9 is two bytes in UTF-8: the limit counts bytes, not characters
        assertThat(decide("k", "{\"source\":\"s\",\"body\":\"" + "\u00e9".repeat(512) + "\"}"))
                .isInstanceOf(AcceptedArticle.class);
        assertThat(decide("k", "{\"source\":\"s\",\"body\":\"" + "\u00e9".repeat(512) + "x\"}"))
                .isEqualTo(new Rejection(RejectReason.TOO_LARGE, "body of 1025 bytes exceeds the limit of 1024 bytes"));
    }

    @Test
    void shouldRejectARecordTooLargeToReadBeforeReadingIt() {
        // the limit on the whole value leaves 256 KiB for the JSON around the body
        int limit = 1024 + 256 * 1024;
        String article = "{\"source\":\"s\",\"body\":\"b\"}";
        String atTheLimit = article + " ".repeat(limit - article.length());

        assertThat(decide("k", atTheLimit)).isInstanceOf(AcceptedArticle.class);
        assertThat(decide("k", atTheLimit + " ")).isEqualTo(new Rejection(RejectReason.TOO_LARGE,
                "record of 263169 bytes exceeds the body limit of 1024 bytes"));
    }

    @Test
    void shouldRefuseALimitThatIsNotPositive() {
        assertThatThrownBy(() -> new ArticleValidator(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBodyBytes must be positive: 0");
        assertThat(new ArticleValidator(1).decide("k", "{\"source\":\"s\",\"body\":\"b\"}".getBytes(StandardCharsets.UTF_8),
                RECORD_TIME)).isInstanceOf(AcceptedArticle.class);
    }
}
