package articleflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void shouldWarmUpAgainWhileTheJitStillTakesAFairShareOfTheJobsCpu() {
        assertThat(WarmUp.another(warmUp(40.0, 18.0), 1, 45)).isTrue();   // 45 % compiling
        assertThat(WarmUp.another(warmUp(30.0, 2.0), 2, 80)).isFalse();   // 7 %: settled
    }

    @Test
    void shouldStopAtTheRoundAndTimeLimitsWhateverTheJitDoes() {
        assertThat(WarmUp.another(warmUp(40.0, 18.0), WarmUp.MAX_ROUNDS, 90)).isFalse();
        assertThat(WarmUp.another(warmUp(40.0, 18.0), 1, WarmUp.MAX_SECONDS)).isFalse();
    }

    @Test
    void shouldNotWarmUpAgainWhereTheJvmKeepsNoCompileTime() {
        assertThat(WarmUp.another(warmUp(40.0, Double.NaN), 1, 45)).isFalse();
        assertThat(WarmUp.another(warmUp(0.0, 0.0), 1, 45)).isFalse();
    }

    private static RunResult warmUp(double jobCpuSeconds, double jitSeconds) {
        return new RunResult("warm-pipeline", 5000, 7400, 33_000_000, 45.0, jobCpuSeconds, jitSeconds, 10.0,
                Map.of(), 15_000, 1_000_000_000, 0, "", "");
    }
}
