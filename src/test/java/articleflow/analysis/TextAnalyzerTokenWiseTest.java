package articleflow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The analyzer looks stems up per token in languages whose filters each see one token alone; these tests hold it to
 * the whole Lucene chain, which it must match exactly: terms, surface forms, counts, names, token count, truncation.
 */
class TextAnalyzerTokenWiseTest {

    private static final List<String> TOKEN_WISE = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da",
            "no", "nb", "nn", "fi", "ru", "und");

    /** Tokens that filters treat specially: possessives, elisions, apostrophes, numbers, hyphens, urls, acronyms. */
    private static final String AWKWARD = """
            Putin's aides didn't say; the U.S. and l'économie d'Europe s'effondrent. Dell\u2019s CEO can\u2019t.
            Ein Straßenbahn-Unfall in Köln: 3. Mai 2024, 14:30 Uhr, 1.250,75 Euro, z. B. Nr. 7.
            E-mail info@example.org or see https://example.org/a-b?c=d. COVID-19, 5G, Wi-Fi, 2,000,000.
            Mr. O'Neill rock'n'roll l'Aquila dell'Italia all'estero c'è. Überraschung! ÉTÉ. İstanbul.
            Москва́ и Санкт-Петербург; Żółć, Łódź; ÆØÅ æøå; naïve café; ß SS; \u00a0nbsp\u200bzero.
            """;

    @Test
    void shouldGiveExactlyWhatTheWholeChainGivesOnTextsOfEveryLanguage() {
        TextAnalyzer lookedUp = new TextAnalyzer();
        TextAnalyzer chain = TextAnalyzer.wholeChainOnly();
        List<String> texts = new ArrayList<>();
        LanguageFixtures.all().forEach(fixture -> texts.add(fixture.text()));
        texts.add(AWKWARD);
        // twice: the second time every stem comes from the table the first filled
        for (int round = 0; round < 2; round++) {
            for (String language : TOKEN_WISE) {
                for (String text : texts) {
                    assertThat(lookedUp.analyze(language, text)).as("%s: %s", language, text)
                            .isEqualTo(chain.analyze(language, text));
                    assertThat(lookedUp.stems(language, text)).isEqualTo(chain.stems(language, text));
                }
                assertThat(lookedUp.knownTokens(language)).as("stems looked up in " + language).isPositive();
                assertThat(chain.knownTokens(language)).isZero();
            }
        }
    }

    @Test
    void shouldMatchTheChainOnRandomTextAndAtTheTokenLimit() {
        TextAnalyzer lookedUp = new TextAnalyzer();
        TextAnalyzer chain = TextAnalyzer.wholeChainOnly();
        Random random = new Random(42);
        String alphabet = "aeiou bcdfg'’-.,:;!?0123456789 ÄÖÜßéèçñłż ABCDE\n\"«»()–—/@#";
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String language = TOKEN_WISE.get(i % TOKEN_WISE.size());
            assertThat(lookedUp.analyze(language, text.toString())).as("%s: %s", language, text)
                    .isEqualTo(chain.analyze(language, text.toString()));
        }
        // more tokens than are read, and overlong ones among them
        String many = ("ferry harbour " + "x".repeat(50) + " the ").repeat(TextAnalyzer.MAX_TOKENS / 2);
        AnalyzedText capped = lookedUp.analyze("en", many);
        assertThat(capped).isEqualTo(chain.analyze("en", many));
        assertThat(capped.truncated()).isTrue();
    }

    @Test
    void shouldRememberABoundedNumberOfTokensAndStillAnswerExactlyPastIt() {
        TextAnalyzer lookedUp = new TextAnalyzer();
        TextAnalyzer chain = TextAnalyzer.wholeChainOnly();
        int word = 0;
        for (int text = 0; text < 6; text++) {
            StringBuilder madeUp = new StringBuilder();
            for (int i = 0; i < 12_000; i++) {
                madeUp.append("zq").append(Integer.toString(word++, 26).replace('0', 'y')).append(' ');
            }
            assertThat(lookedUp.analyze("en", madeUp.toString())).isEqualTo(chain.analyze("en", madeUp.toString()));
            assertThat(lookedUp.knownTokens("en")).isLessThanOrEqualTo(TextAnalyzer.MAX_KNOWN_TOKENS);
        }
        assertThat(word).isGreaterThan(TextAnalyzer.MAX_KNOWN_TOKENS);
    }
}
