package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DevHalfTest {

    @Test
    void shouldPutEveryIdInExactlyOneHalfAndAboutHalfInEach() {
        long inA = IntStream.range(0, 1000).mapToObj(i -> "page-" + i).filter(DevHalf.A::contains).count();
        long inB = IntStream.range(0, 1000).mapToObj(i -> "page-" + i).filter(DevHalf.B::contains).count();

        assertThat(inA + inB).isEqualTo(1000);
        assertThat(inA).isBetween(450L, 550L);
        assertThat(IntStream.range(0, 1000).mapToObj(i -> "page-" + i).allMatch(DevHalf.ALL::contains)).isTrue();
    }

    @Test
    void shouldAlwaysPutAnIdInTheSameHalf() {
        assertThat(DevHalf.halfOf("harbour-ferry-returns")).isEqualTo(DevHalf.halfOf("harbour-ferry-returns"));
    }
}
