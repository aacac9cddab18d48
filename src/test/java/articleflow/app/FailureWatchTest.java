package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/** One thread death is survived; the same death twice means a loop, and health says so. */
class FailureWatchTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final FailureWatch watch = new FailureWatch(Duration.ofMinutes(10), clock);

    private static Exception onTask(int partition, String message) {
        return new StreamsException("task failed", new RecordTooLargeException(message), new TaskId(0, partition));
    }

    @Test
    void shouldTurnHealthDownWhenAThreadDiesTwiceOfTheSameCause() {
        assertThat(watch.died(onTask(1, "record of 9000000 bytes"))).isFalse();
        assertThat(watch.problem()).isNull();
        clock.advance(Duration.ofSeconds(45));
        assertThat(watch.died(onTask(1, "record of 9000000 bytes"))).isTrue();
        assertThat(watch.problem()).isEqualTo("a stream thread died twice on the same cause: "
                + "task 0_1: RecordTooLargeException \"record of 9000000 bytes\"");
    }

    @Test
    void shouldNotCountDifferentCausesAsALoop() {
        watch.died(onTask(1, "record of 9000000 bytes"));
        assertThat(watch.died(onTask(2, "record of 9000000 bytes"))).isFalse();
        assertThat(watch.died(new IllegalStateException("something else"))).isFalse();
        assertThat(watch.problem()).isNull();
    }

    @Test
    void shouldForgetALoopThatStoppedAWindowAgo() {
        watch.died(onTask(1, "x"));
        watch.died(onTask(1, "x"));
        clock.advance(Duration.ofMinutes(11));
        assertThat(watch.problem()).isNull();
        assertThat(watch.died(onTask(1, "x"))).as("the old death is outside the window").isFalse();
    }

    @Test
    void shouldEscapeWhatTheExceptionSays() {
        assertThat(FailureWatch.causeOf(new IllegalStateException("line one\nforged line")))
                .isEqualTo("IllegalStateException \"line one\\u000aforged line\"");
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
