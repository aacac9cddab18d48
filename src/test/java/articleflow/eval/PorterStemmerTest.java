package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words from Porter's paper and NLTK's documentation, with the stems NLTK's default PorterStemmer gives. */
class PorterStemmerTest {

    private final PorterStemmer stemmer = new PorterStemmer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // step 1a/1b: plurals, -ed, -ing
        "caresses, caress", "ponies, poni", "ties, tie", "cats, cat", "flies, fli", "feed, feed",
        "agreed, agre", "plastered, plaster", "motoring, motor", "sing, sing", "conflated, conflat",
        "troubled, troubl", "sized, size", "hopping, hop", "tanned, tan", "falling, fall", "hissing, hiss",
        "fizzed, fizz", "failing, fail", "filing, file", "running, run",
        // step 1c and NLTK's irregular forms
        "happy, happi", "sky, sky", "skies, sky", "dying, die", "news, news",
        // steps 2 to 5
        "relational, relat", "conditional, condit", "rational, ration", "generalization, gener",
        "hopeful, hope", "goodness, good", "triplicate, triplic", "electriciti, electr", "revival, reviv",
        "allowance, allow", "inference, infer", "airliner, airlin", "adjustable, adjust",
        "defensible, defens", "irritant, irrit", "replacement, replac", "adjustment, adjust",
        "dependent, depend", "adoption, adopt", "communism, commun", "activate, activ",
        "effective, effect", "bowdlerize, bowdler", "probate, probat", "rate, rate", "cease, ceas",
        "controll, control", "roll, roll",
        // too short to stem
        "is, is", "as, as"
    })
    void shouldStemLikeNltk(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }
}
