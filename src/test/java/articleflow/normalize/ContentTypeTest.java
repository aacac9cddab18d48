package articleflow.normalize;

import articleflow.model.ContentType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTypeTest {

    @Test
    void shouldParseMediaTypesWithParameters() {
        assertThat(ContentType.fromMediaType("text/html; charset=utf-8")).contains(ContentType.HTML);
        assertThat(ContentType.fromMediaType(" Text/Plain ")).contains(ContentType.PLAIN);
        assertThat(ContentType.fromMediaType("application/xhtml+xml")).contains(ContentType.HTML);
    }

    @Test
    void shouldRejectUnsupportedMediaTypes() {
        assertThat(ContentType.fromMediaType("application/pdf")).isEmpty();
        assertThat(ContentType.fromMediaType("")).isEmpty();
        assertThat(ContentType.fromMediaType(null)).isEmpty();
    }

    @Test
    void shouldExposeItsMediaType() {
        assertThat(ContentType.HTML.mediaType()).isEqualTo("text/html");
        assertThat(ContentType.PLAIN.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void shouldSniffMarkupAsHtml() {
        assertThat(ContentType.sniff("<!DOCTYPE html><html><body><p>Hi</p></body></html>")).isEqualTo(ContentType.HTML);
        assertThat(ContentType.sniff("The mayor said:<br>no comment.")).isEqualTo(ContentType.HTML);
        assertThat(ContentType.sniff("<p>First paragraph.</p><p>Second.</p>")).isEqualTo(ContentType.HTML);
    }

    @Test
    void shouldSniffProseAsPlainText() {
        assertThat(ContentType.sniff("Prices rose 3% as 2 < 3 and 5 > 4, analysts said.")).isEqualTo(ContentType.PLAIN);
        assertThat(ContentType.sniff("")).isEqualTo(ContentType.PLAIN);
        assertThat(ContentType.sniff(null)).isEqualTo(ContentType.PLAIN);
    }
}
