package articleflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarNamesTest {

    @Test
    void shouldCountEditsBetweenTwoNames() {
        assertThat(SimilarNames.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(SimilarNames.distance("", "abc")).isEqualTo(3);
        assertThat(SimilarNames.distance("same", "same")).isZero();
    }

    @Test
    void shouldSuggestOnlyANameThatIsClose() {
        List<String> known = List.of("bootstrap.servers", "client.id", "acks");
        assertThat(SimilarNames.suggestion("bootstrap.server", known)).isEqualTo(" (did you mean bootstrap.servers?)");
        assertThat(SimilarNames.suggestion("completely.different", known)).isEmpty();
    }

    @Test
    void shouldBreakTiesAlphabetically() {
        assertThat(SimilarNames.suggestion("ab", List.of("ac", "aa"))).isEqualTo(" (did you mean aa?)");
    }
}
