package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class LineKeyTest {

    private final FurnitureLexicon.Phrases phrases =
            new FurnitureLexicon.Phrases(Set.of("read more", "read", "all rights reserved", "follow us"));

    @Test
    void shouldSplitAKeyIntoWords() {
        LineKey key = LineKey.of("Read MORE » about it");

        assertThat(key.text()).isEqualTo("read more about it");
        assertThat(key.words()).isEqualTo(4);
        assertThat(key.word(1)).isEqualTo("more");
        assertThat(key.word(3)).isEqualTo("it");
        assertThat(key.prefixHash(1)).isEqualTo("read more".hashCode());
        assertThat(key.wordHash(2)).isEqualTo("about".hashCode());
    }

    @Test
    void shouldFindThePhraseAKeyStartsWithShortestFirst() {
        LineKey key = LineKey.of("Read more: the whole story");

        assertThat(phrases.atStart(key, 1, true)).isEqualTo(1);
        assertThat(phrases.atStart(key, 2, true)).isEqualTo(2);
        assertThat(phrases.atStart(key, 3, true)).isZero();
    }

    @Test
    void shouldAskForAWordAfterThePhraseOnlyWhenTold() {
        LineKey key = LineKey.of("Read more");

        assertThat(phrases.atStart(key, 2, false)).isEqualTo(2);
        assertThat(phrases.atStart(key, 2, true)).isZero();
    }

    @Test
    void shouldFindAPhraseAnywhereAsWholeWordsOnly() {
        assertThat(phrases.occursIn(LineKey.of("© Example Media. All rights reserved."))).isTrue();
        assertThat(phrases.occursIn(LineKey.of("Please follow us on Mastodon"))).isTrue();
        assertThat(phrases.occursIn(LineKey.of("All rights reservedly given"))).isFalse();
        assertThat(phrases.occursIn(LineKey.of("The readers followed"))).isFalse();
        assertThat(phrases.occursIn(LineKey.of(""))).isFalse();
    }
}
