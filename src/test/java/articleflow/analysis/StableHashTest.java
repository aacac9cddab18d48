package articleflow.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StableHashTest {

    @Test
    void shouldGiveTheSameValuesOnEveryJvmAndVersion() {
        // pinned: term ids, bucket routing and stored state depend on these never changing
        assertThat(StableHash.of("")).isEqualTo(0xefd01f60ba992926L);
        assertThat(StableHash.of("putin")).isEqualTo(0x938023d255e1260bL);
        assertThat(StableHash.of("en", "putin")).isEqualTo(0xe478b9a11bac6465L);
        assertThat(StableHash.partition("kim-russia-train", 12)).isEqualTo(3);
    }

    @Test
    void shouldKeepTheTwoPartsOfAPairApart() {
        assertThat(StableHash.of("ab", "c")).isNotEqualTo(StableHash.of("a", "bc"));
        assertThat(StableHash.of("en", "die")).isNotEqualTo(StableHash.of("de", "die"));
    }

    @Test
    void shouldRouteEveryKeyToAPartitionInRange() {
        for (int i = 0; i < 1000; i++) {
            assertThat(StableHash.partition("article-" + i, 7)).isBetween(0, 6);
        }
        assertThatThrownBy(() -> StableHash.partition("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
