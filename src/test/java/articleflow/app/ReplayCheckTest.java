package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import articleflow.model.RejectReason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Before a dead letter is replayed: would the stateless stages refuse it again with today's settings? */
class ReplayCheckTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String articleOf(int bodyChars) {
        return "{\"id\":\"a\",\"source\":\"s\",\"body\":\"" + "Word. ".repeat(bodyChars / 6) + "\"}";
    }

    @Test
    void shouldSayATooLargeArticleIsStillTooLargeUntilTheLimitIsRaised() {
        ArticleflowConfig small = ArticleflowConfig.defaults().with(ArticleflowConfig.MAX_BODY_BYTES, "2000");
        ArticleflowConfig raised = ArticleflowConfig.defaults().with(ArticleflowConfig.MAX_BODY_BYTES, "20000");
        byte[] value = bytes(articleOf(6000));
        assertThat(new ReplayCheck(small).refusalNow(bytes("a"), value, 0)).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(new ReplayCheck(raised).refusalNow(bytes("a"), value, 0)).isNull();
    }

    @Test
    void shouldSayBrokenJsonIsAlwaysRefused() {
        ReplayCheck check = new ReplayCheck(ArticleflowConfig.defaults());
        assertThat(check.refusalNow(bytes("a"), bytes("{\"id\": \"a\", \"body\": "), 0)).isEqualTo(RejectReason.INVALID_JSON);
    }

    @Test
    void shouldRunNormalizeTooSoAnEmptyPageIsStillRefused() {
        ReplayCheck check = new ReplayCheck(ArticleflowConfig.defaults());
        String empty = "{\"id\":\"a\",\"source\":\"s\",\"content_type\":\"text/html\",\"body\":\"<html><body><script>x()</script></body></html>\"}";
        assertThat(check.refusalNow(bytes("a"), bytes(empty), 0)).isEqualTo(RejectReason.EMPTY_TEXT);
    }

    @Test
    void shouldRefuseAKeyThatIsNotUtf8() {
        ReplayCheck check = new ReplayCheck(ArticleflowConfig.defaults());
        assertThat(check.refusalNow(new byte[] {(byte) 0xff, (byte) 0xfe}, bytes(articleOf(60)), 0))
                .isEqualTo(RejectReason.INVALID_KEY);
    }
}
