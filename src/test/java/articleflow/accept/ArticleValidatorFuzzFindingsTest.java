package articleflow.accept;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What fuzzing accept found ({@link ArticleValidatorFuzzTest}), each pinned with its shrunk input. */
class ArticleValidatorFuzzFindingsTest {

    private static final Instant RECORD_TIME = Instant.parse("2024-05-01T12:00:00Z");
    private final ArticleValidator validator = new ArticleValidator(4096);

    private Verdict decide(String key, String json) {
        return validator.decide(key, json.getBytes(StandardCharsets.UTF_8), RECORD_TIME);
    }

    /** ISO-8601 reaches the year 999,999,999; epoch millis, which order feeds and versions, end near 292,278,994. */
    @Test
    void shouldRejectATimeBeyondEpochMillisInsteadOfThrowingArithmeticException() {
        Verdict updated = decide(null, "{\"source\":\"herald\",\"url\":\"https://h.example/a1\",\"body\":\"<p>Hello</p>\","
                + "\"updated_at\":\"+292278995-01-01T00:30:00Z\"}");
        Verdict published = decide("k", "{\"source\":\"s\",\"body\":\"b\",\"published_at\":\"-999999999-01-01\"}");

        assertThat(updated).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_TIMESTAMP);
            assertThat(rejection.message()).contains("updated_at", "+292278995-01-01T00:30:00Z");
        });
        assertThat(published).isInstanceOfSatisfying(Rejection.class,
                rejection -> assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_TIMESTAMP));
    }

    /** The enriched record's published_at is an RFC 3339 date-time, whose year has four digits and no sign. */
    @Test
    void shouldAcceptTheYearsAnRfc3339TimeCanWriteAndNoOthers() {
        assertThat(decide("k", "{\"source\":\"s\",\"body\":\"b\",\"published_at\":\"9999-12-31T23:59:59.999Z\"}"))
                .isInstanceOfSatisfying(AcceptedArticle.class,
                        article -> assertThat(article.meta().publishedAt()).isEqualTo("9999-12-31T23:59:59.999Z"));
        assertThat(decide("k", "{\"source\":\"s\",\"body\":\"b\",\"published_at\":\"0000-01-01\"}"))
                .isInstanceOf(AcceptedArticle.class);
        for (String outOfRange : new String[] {"+10000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z", "-0500-01-01T00:00:00Z",
                "+292278994-08-17T07:12:55.807Z"}) {
            assertThat(decide("k", "{\"source\":\"s\",\"body\":\"b\",\"published_at\":\"" + outOfRange + "\"}"))
                    .as(outOfRange).isInstanceOfSatisfying(Rejection.class,
                            rejection -> assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_TIMESTAMP));
        }
    }

    /**
     * A blank key was taken as the article id, while a withdrawal under that key is refused as missing its key:
     * the article could never be withdrawn. A blank key is no id for an article either.
     */
    @Test
    void shouldRejectABlankKeyAsTheIdOfAnArticleItCouldNeverWithdraw() {
        Verdict verdict = decide(" ", "{\"source\":\"herald\",\"body\":\"<p>Hello</p>\"}");

        assertThat(verdict).isInstanceOfSatisfying(Rejection.class,
                rejection -> assertThat(rejection.reason()).isEqualTo(RejectReason.MISSING_KEY));
        assertThat(validator.decide(" ", null, RECORD_TIME)).isInstanceOf(Rejection.class);
    }

    @Test
    void shouldStillTakeTheIdFromTheValueWhenTheKeyIsEmpty() {
        Verdict verdict = decide("", "{\"id\":\"a1\",\"source\":\"herald\",\"body\":\"b\"}");

        assertThat(verdict).isInstanceOfSatisfying(AcceptedArticle.class, article -> assertThat(article.id()).isEqualTo("a1"));
    }
}
