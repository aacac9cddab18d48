package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermCountsTest {

    @Test
    void shouldAgreeWithAMapThroughGrowthAndDeletions() {
        TermCounts counts = new TermCounts();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(3);
        for (int step = 0; step < 200_000; step++) {
            // few distinct keys with colliding low bits, so probes chain and deletions shift
            long key = (random.nextInt(5000) * 1024L) ^ (random.nextBoolean() ? 0 : 1L << 40);
            int delta = random.nextInt(3) == 0 ? -1 : 1;
            counts.add(key, delta);
            int now = expected.getOrDefault(key, 0) + delta;
            if (now <= 0) {
                expected.remove(key);
            } else {
                expected.put(key, now);
            }
        }
        assertThat(counts.size()).isEqualTo(expected.size());
        expected.forEach((key, count) -> assertThat(counts.get(key)).isEqualTo(count));
        assertThat(counts.get(-7)).isZero();
    }
}
