package articleflow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.ngram.StandardNgramFilter;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The detector's n-gram table answers exactly as the library's, so detection gives the library's answers. */
class NgramTableTest {

    private static NgramFrequencyData library;
    private static NgramTable table;

    @BeforeAll
    static void loadProfiles() throws IOException {
        List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
        library = NgramFrequencyData.create(profiles, List.of(1, 2, 3));
        table = NgramTable.of(profiles, library, StandardNgramFilter.getInstance());
    }

    @Test
    void shouldHoldTheLibrarysProbabilitiesForEveryNgramOfTextsInManyScripts() {
        int known = 0;
        for (LanguageFixtures.Fixture fixture : LanguageFixtures.all()) {
            String padded = " " + fixture.text() + " ";
            for (int start = 0; start < padded.length(); start++) {
                for (int length = 1; length <= 3 && start + length <= padded.length(); length++) {
                    String gram = padded.substring(start, start + length);
                    double[] expected = StandardNgramFilter.getInstance().use(gram) ? library.getProbabilities(gram) : null;
                    double[] found = table.get(padded, start, length);
                    if (expected != null) {
                        assertThat(found).as("n-gram '%s' of the %s fixture", gram, fixture.language()).isSameAs(expected);
                        known++;
                    } else if (found != null) {
                        // the table leaves out n-grams the filter refuses; the detector never asks for those
                        assertThat(StandardNgramFilter.getInstance().use(gram)).as("n-gram '%s'", gram).isFalse();
                    }
                }
            }
        }
        assertThat(known).isGreaterThan(1_000);
    }

    @Test
    void shouldKeepNgramsOfDifferentLengthsApart() {
        assertThat(NgramTable.key("a", 0, 1)).isNotEqualTo(NgramTable.key("\u0000a", 0, 2));
        assertThat(NgramTable.key("ab", 0, 2)).isNotEqualTo(NgramTable.key("\u0000ab", 0, 3));
        assertThat(NgramTable.key("xaby", 1, 2)).isEqualTo(NgramTable.key("ab", 0, 2));
    }

    @Test
    void shouldKnowNoNgramNoProfileHas() {
        assertThat(table.get("\uE000\uE001\uE002", 0, 3)).isNull();
    }
}
