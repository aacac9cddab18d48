package articleflow.accept;

import articleflow.model.RejectReason;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
        Rejection rejection = (Rejection) decide("k", "{\"body\":\"b\"}");
        assertThat(rejection.message()).contains("source");
    }

    @Test
    void shouldAcceptContentTypeParameters() {
        AcceptedArticle article = (AcceptedArticle) decide("k",
                "{\"source\":\"s\",\"body\":\"<p>b</p>\",\"content_type\":\"text/html; charset=utf-8\"}");
        assertThat(article.contentType()).isEqualTo(ContentType.HTML);
    }
}
