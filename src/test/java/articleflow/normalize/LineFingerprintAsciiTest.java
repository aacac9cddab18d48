package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineFingerprintAsciiTest {

    /**
     * ASCII text takes a fast path; a trailing no-break space (not a letter, so it changes no fingerprint) sends the
     * same text down the general path, which must give the same number.
     */
    @Test
    void shouldFingerprintAsciiTextAsTheGeneralPathDoes() {
        Random random = new Random(11);
        String alphabet = "aZ9 ,.-'\"\t!?Qq0";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(random.nextInt(5) == 0 ? (char) random.nextInt(128) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String ascii = text.toString();

            assertThat(LineFingerprint.of(ascii)).as(ascii).isEqualTo(LineFingerprint.of(ascii + "\u00A0"));
        }
    }

    @Test
    void shouldIgnoreCaseAndPunctuationBetweenWords() {
        assertThat(LineFingerprint.of("Share this article!")).isEqualTo(LineFingerprint.of("share  this -- ARTICLE"));
        assertThat(LineFingerprint.of("Share this article")).isNotEqualTo(LineFingerprint.of("Share that article"));
    }
}
