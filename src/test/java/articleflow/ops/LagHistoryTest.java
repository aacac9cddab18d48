package articleflow.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import articleflow.ops.LagHistory.Sample;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LagHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void shouldKeepTheSamplesOldestFirstUntilFull() {
        LagHistory history = new LagHistory(3);
        history.add(new Sample(T0, 10));
        history.add(new Sample(T0.plusSeconds(5), 7));

        assertThat(history.samples()).extracting(Sample::totalLag).containsExactly(10L, 7L);
        assertThat(history.latest().totalLag()).isEqualTo(7);
    }

    @Test
    void shouldDropTheOldestSampleOnceFull() {
        LagHistory history = new LagHistory(3);
        for (int i = 0; i < 7; i++) {
            history.add(new Sample(T0.plusSeconds(5L * i), i));
        }

        assertThat(history.samples()).extracting(Sample::totalLag).containsExactly(4L, 5L, 6L);
        assertThat(history.samples()).extracting(Sample::at)
                .containsExactly(T0.plusSeconds(20), T0.plusSeconds(25), T0.plusSeconds(30));
        assertThat(history.latest().totalLag()).isEqualTo(6);
    }

    @Test
    void shouldBeEmptyBeforeTheFirstSample() {
        LagHistory history = new LagHistory(2);

        assertThat(history.samples()).isEmpty();
        assertThat(history.latest()).isNull();
        assertThatThrownBy(() -> new LagHistory(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
