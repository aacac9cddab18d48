package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class LineKeyTest {

    private final FurnitureLexicon.Phrases phrases =
            new FurnitureLexicon.Phrases(Set.of("read more", "read", "all rights reserved", "follow us"));

    @Test
    void shouldGiveTheKeyOfTheLineWithEachWordsStartAndHashes() {
        java.util.Random random = new java.util.Random(5);
        char[] alphabet = {'a', 'Q', '7', ' ', ' ', '.', '»', '\u00E9', '\u00C9', '\u4E2D', '\u0130', '-', '\u00A0', '\uD83D'};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                line.append(alphabet[random.nextInt(alphabet.length)]);
            }
            LineKey key = LineKey.of(line.toString());

            String text = KnownFurniture.key(line.toString());
            assertThat(key.text()).isEqualTo(text);
            String[] words = text.isEmpty() ? new String[0] : text.split(" ");
            assertThat(key.words()).isEqualTo(words.length);
            for (int w = 0; w < words.length; w++) {
                assertThat(key.word(w)).isEqualTo(words[w]);
                assertThat(key.wordHash(w)).isEqualTo(words[w].hashCode());
                assertThat(key.prefixHash(w)).isEqualTo(text.substring(0, key.end(w)).hashCode());
            }
        }
    }

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
