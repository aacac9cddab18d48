package articleflow.topology.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Dead letters are counted by the publisher their value names, when it can be read cheaply. */
class DeadLetterSourceTest {

    @Test
    void shouldReadTheTopLevelSourceString() {
        assertThat(source("{\"id\":\"a\",\"tags\":[\"x\",{\"source\":\"nested\"}],\"source\":\"valley-post\",\"body\":\"…\"}"))
                .isEqualTo("valley-post");
    }

    @Test
    void shouldHaveNoSourceForUnreadableOrOddValues() {
        assertThat(source("this is not JSON")).isNull();
        assertThat(source("[\"source\",\"x\"]")).isNull();
        assertThat(source("{\"source\":42}")).isNull();
        assertThat(source("{\"id\":\"a\",\"body\":\"unterminated")).isNull();
        assertThat(source("{\"source\":\"valley-post\",\"body\":\"broken off")).isNull();
        assertThat(source("{\"source\":\"valley-post\"} trailing")).isNull();
        assertThat(DeadLetters.sourceOf(null)).isNull();
        assertThat(DeadLetters.sourceOf(new byte[0])).isNull();
    }

    private static String source(String value) {
        return DeadLetters.sourceOf(value.getBytes(StandardCharsets.UTF_8));
    }
}
