package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {

    private static final String TEXT = "The harbour bridge in Porthaven will close for six weeks from Monday while "
            + "engineers replace its worn steel cables, the city council said.";

    @Test
    void shouldGiveTheSameSignatureOnEveryJvmAndVersion() {
        MinHashSignature signature = MinHashSignature.of(TEXT);

        // pinned: stored signatures and band keys must survive restarts and upgrades
        short[] first = new short[8];
        System.arraycopy(signature.values(), 0, first, 0, 8);
        assertThat(first).containsExactly((short) 39001, (short) 38812, (short) 17004, (short) 40262, (short) 64994,
                (short) 61370, (short) 48091, (short) 24197);
        assertThat(signature.bandKeys("en", 16).get(0)).isEqualTo("d|en|0|9859979c426c9d46");
    }

    @Test
    void shouldFindCopiesButNotOtherReportsOfTheSameStory() {
        MinHashSignature original = MinHashSignature.of(NewsFixtures.BRIDGE_1);
        MinHashSignature withFurniture = MinHashSignature.of("Advertisement\n" + NewsFixtures.BRIDGE_1
                + "\nShare this article");
        MinHashSignature edited = MinHashSignature.of(NewsFixtures.BRIDGE_1.replace("six weeks", "six whole weeks")
                .replace("announced", "said"));
        MinHashSignature otherOutlet = MinHashSignature.of(NewsFixtures.BRIDGE_2);

        assertThat(original.resemblance(original)).isEqualTo(1.0);
        assertThat(original.resemblance(withFurniture)).isGreaterThan(0.7);
        assertThat(original.resemblance(edited)).isGreaterThan(0.6);
        assertThat(original.resemblance(otherOutlet)).isLessThan(0.2);
    }

    @Test
    void shouldNotSignTextsTooShortToCallCopies() {
        MinHashSignature caption = MinHashSignature.of("Photo: Reuters");

        assertThat(caption.isNone()).isTrue();
        assertThat(caption.resemblance(caption)).isZero();
        assertThat(caption.bandKeys("en", 16)).isEmpty();
    }

    @Test
    void shouldCutTheSignatureIntoBandKeysOfItsLanguage() {
        assertThat(MinHashSignature.of(TEXT).bandKeys("de", 16)).hasSize(16).allSatisfy(key ->
                assertThat(key).matches("d\\|de\\|\\d+\\|[0-9a-f]{16}"));
    }

    @Test
    void shouldPutMostCopiesJustAboveTheDuplicateThresholdInACommonBand() {
        // copies whose last quarter is rewritten: shingle resemblance about 0.6, just above the 0.5 threshold; a copy
        // that shares no band key meets its original only if a term bucket brings them together
        Random random = new Random(5);
        int pairs = 200;
        int meeting = 0;
        for (int round = 0; round < pairs; round++) {
            StringBuilder original = new StringBuilder();
            StringBuilder copy = new StringBuilder();
            for (int w = 0; w < 200; w++) {
                String word = "w" + random.nextInt(1_000_000);
                original.append(word).append(' ');
                copy.append(w < 150 ? word : "r" + random.nextInt(1_000_000)).append(' ');
            }
            if (!sharedBands(MinHashSignature.of(original.toString()), MinHashSignature.of(copy.toString())).isEmpty()) {
                meeting++;
            }
        }
        // 16 bands of 4 rows: 1 - (1 - 0.6^4)^16 = 0.89 expected
        assertThat(meeting).isGreaterThanOrEqualTo(pairs * 80 / 100);
    }

    @Test
    void shouldRarelyPutTemplatedArticlesThatAreNotCopiesInACommonBand() {
        // stock phrases in made-up news: the texts share the minima of many shingles though none is a copy
        // (resemblance below 0.5). Tried with bands of 2 rows, a fifth of all such pairs met in a band bucket (bench's
        // feed), each bucket filling to the cap and read whole for every newcomer
        String[] subjects = {"The council", "The museum", "Hospital staff", "The rail operator", "Teachers", "The mayor"};
        String[] verbs = {"approved", "rejected", "delayed", "questioned", "funded", "planned"};
        String[] objects = {"a new budget", "the bridge repairs", "a solar farm", "a housing plan", "the ferry service"};
        String[] tails = {"on Tuesday", "after a long debate", "despite objections", "within weeks", "after months of delay"};
        Random random = new Random(9);
        List<MinHashSignature> signatures = new ArrayList<>();
        for (int article = 0; article < 300; article++) {
            String town = "Town" + random.nextInt(40);
            StringBuilder text = new StringBuilder();
            for (int sentence = 0; sentence < 30; sentence++) {
                text.append(subjects[random.nextInt(subjects.length)]).append(' ')
                        .append(verbs[random.nextInt(verbs.length)]).append(' ')
                        .append(objects[random.nextInt(objects.length)]).append(" in ").append(town)
                        .append(", with w").append(random.nextInt(400)).append(" w").append(random.nextInt(400))
                        .append(' ').append(tails[random.nextInt(tails.length)]).append(". ");
            }
            signatures.add(MinHashSignature.of(text.toString()));
        }
        int pairs = 0;
        int meeting = 0;
        for (int i = 0; i < signatures.size(); i++) {
            for (int j = i + 1; j < signatures.size(); j++) {
                assertThat(signatures.get(i).resemblance(signatures.get(j))).isLessThan(0.5);
                pairs++;
                if (!sharedBands(signatures.get(i), signatures.get(j)).isEmpty()) {
                    meeting++;
                }
            }
        }
        // 16 bands of 4 rows: 1.6 % of the pairs; 8 bands of 2 rows: about a third
        assertThat(meeting).isLessThan(pairs / 20);
    }

    private static Set<String> sharedBands(MinHashSignature a, MinHashSignature b) {
        Set<String> shared = new HashSet<>(a.bandKeys("en", RelatedSettings.DEFAULT.bands()));
        shared.retainAll(b.bandKeys("en", RelatedSettings.DEFAULT.bands()));
        return shared;
    }

    @Test
    void shouldHashEachLowercaseWordAsStableHashDoesWhateverTheScript() {
        Random random = new Random(17);
        String[] pieces = {"a", "Z", "7", " ", ".", "-", "\u00E9", "\u00C9", "\u0130", "\u4E2D", "\u65E5", "\u00A0",
            "\uD801\uDC00", "\uD835\uDC00", "\uD83D", "\u2019", "\u0301", "\u00DF"};
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? pieces[random.nextInt(pieces.length)] : "x");
            }
            if (random.nextInt(10) == 0) {
                text.append("w".repeat(70)).append("\uD801\uDC00");
            }
            assertThat(MinHashSignature.tokenHashes(text.toString())).as("%s", text)
                    .containsExactly(wordHashes(text.toString()));
        }
    }

    /** The rule, read plainly: maximal runs of letters and digits, lowercased, at most 64 chars kept; each ideograph a word. */
    private static long[] wordHashes(String text) {
        List<Long> hashes = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            boolean ideograph = Character.isIdeographic(c);
            if (Character.isLetterOrDigit(c) && !ideograph) {
                if (word.length() < 64) {
                    word.appendCodePoint(Character.toLowerCase(c));
                }
            } else {
                if (word.length() > 0) {
                    hashes.add(articleflow.analysis.StableHash.of(word));
                    word.setLength(0);
                }
                if (ideograph) {
                    hashes.add(articleflow.analysis.StableHash.of(new String(Character.toChars(c))));
                }
            }
            i += Character.charCount(c);
        }
        return hashes.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void shouldTellWhetherAPairResemblesEnoughAsTheFullComparisonWould() {
        Random random = new Random(23);
        double[] thresholds = {0.0, 0.3, 0.5, 0.51, 0.7, 0.99, 1.0};
        for (int round = 0; round < 2_000; round++) {
            short[] a = new short[MinHashSignature.SIZE];
            short[] b = new short[MinHashSignature.SIZE];
            int sharing = random.nextInt(MinHashSignature.SIZE + 1);
            for (int i = 0; i < a.length; i++) {
                a[i] = (short) random.nextInt();
                b[i] = random.nextInt(MinHashSignature.SIZE) < sharing ? a[i] : (short) (a[i] + 1);
            }
            MinHashSignature first = new MinHashSignature(a);
            MinHashSignature second = new MinHashSignature(b);
            double[] these = java.util.Arrays.copyOf(thresholds, thresholds.length + 1);
            these[thresholds.length] = random.nextDouble();
            for (double t : these) {
                assertThat(first.resemblesAtLeast(second, t)).as("sharing %d, threshold %s", sharing, t)
                        .isEqualTo(first.resemblance(second) >= t);
            }
        }
        assertThat(MinHashSignature.NONE.resemblesAtLeast(MinHashSignature.of(TEXT), 0.5)).isFalse();
    }
}
