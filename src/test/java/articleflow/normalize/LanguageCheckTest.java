package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.analysis.LanguageFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    private static final List<String> GERMAN = List.of(LanguageFixtures.text("de"));
    private static final List<String> ENGLISH = List.of(LanguageFixtures.text("en"));

    private final LanguageCheck check = new LanguageCheck();

    @Test
    void shouldDetectTheLanguageWhenThePublisherSentNone() {
        assertThat(check.decide(null, GERMAN))
                .isEqualTo(new LanguageCheck.Decision("de", "de", LanguageCheck.Outcome.DETECTED));
        assertThat(check.decide(" ", ENGLISH).language()).isEqualTo("en");
        assertThat(check.decide("und", ENGLISH).language()).isEqualTo("en");
    }

    @Test
    void shouldKeepThePublishersLanguageInItsIsoForm() {
        assertThat(check.decide("en-GB", ENGLISH))
                .isEqualTo(new LanguageCheck.Decision("en", "en", LanguageCheck.Outcome.AGREED));
        assertThat(check.decide("DE", GERMAN).language()).isEqualTo("de");
    }

    @Test
    void shouldKeepButReportAPublishersLanguageTheTextContradicts() {
        assertThat(check.decide("en", GERMAN))
                .isEqualTo(new LanguageCheck.Decision("en", "de", LanguageCheck.Outcome.DISAGREED));
    }

    @Test
    void shouldKeepThePublishersLanguageWhenTheTextCannotTell() {
        assertThat(check.decide("de", List.of("Brücke gesperrt.")))
                .isEqualTo(new LanguageCheck.Decision("de", "und", LanguageCheck.Outcome.UNDECIDED));
    }

    @Test
    void shouldReplaceAValueThatIsNoIsoLanguageCode() {
        assertThat(check.decide("english", ENGLISH))
                .isEqualTo(new LanguageCheck.Decision("en", "en", LanguageCheck.Outcome.REPLACED));
        assertThat(check.decide("german", List.of("Kurz.")).language()).isEqualTo("und");
    }

    @Test
    void shouldReplaceTwoLettersThatNameNoLanguage() {
        assertThat(check.decide("zz", GERMAN))
                .isEqualTo(new LanguageCheck.Decision("de", "de", LanguageCheck.Outcome.REPLACED));
        assertThat(check.decide("XX", ENGLISH).language()).isEqualTo("en");
    }

    @Test
    void shouldWriteAWithdrawnCodeAsTheCodeThatReplacedIt() {
        String hebrew = "מועצת העיר הצביעה ביום שלישי בערב על סגירת הגשר הישן בנמל לשישה שבועות לצורך תיקונים. "
                + "מהנדסים מצאו חלודה בשניים מהעמודים הנושאים בבדיקה שנערכה בחודש שעבר, ומעבורות יסיעו את "
                + "הנוסעים לאורך הנהר בזמן העבודות.";
        assertThat(check.decide("iw", List.of(hebrew)))
                .isEqualTo(new LanguageCheck.Decision("he", "he", LanguageCheck.Outcome.AGREED));
        assertThat(check.decide("he", List.of(hebrew)).outcome()).isEqualTo(LanguageCheck.Outcome.AGREED);
        assertThat(check.decide("in", List.of("Kurz.")).language()).isEqualTo("id");
    }

    @Test
    void shouldCountNorwegianBokmalAsTheNorwegianTheDetectorKnows() {
        String norwegian = "Bystyret i Havnby vedtok tirsdag kveld å stenge den gamle havnebrua i seks uker for "
                + "reparasjoner. Ingeniører fant rust i to av de bærende pilarene under en inspeksjon forrige måned, "
                + "og ferjer skal frakte pendlerne over elva mens arbeidet pågår.";
        assertThat(check.decide("nb", List.of(norwegian)).outcome()).isEqualTo(LanguageCheck.Outcome.AGREED);
    }
}
