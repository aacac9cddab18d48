package articleflow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonKeywordsTest {

    @Test
    void shouldTreatTheCalendarOfTheArticlesLanguageAsNoKeyword() {
        assertThat(NonKeywords.contains("en", "tuesday")).isTrue();
        assertThat(NonKeywords.contains("en", "September")).isTrue();
        assertThat(NonKeywords.contains("de", "dienstag")).isTrue();
        assertThat(NonKeywords.contains("de", "märz")).isTrue();
        assertThat(NonKeywords.contains("fr", "mardi")).isTrue();
        assertThat(NonKeywords.contains("es", "septiembre")).isTrue();
        // Polish writes "3 marca" in a date and "marzec" alone: both are the month
        assertThat(NonKeywords.contains("pl", "marca")).isTrue();
        assertThat(NonKeywords.contains("pl", "marzec")).isTrue();
        assertThat(NonKeywords.contains("ja", "火曜日")).isTrue();
        // a keyword is one word: each word of a name written in two is a calendar word too
        assertThat(NonKeywords.contains("pt", "feira")).isTrue();
    }

    @Test
    void shouldTreatTheReportingWordsOfNewsCopyAsNoKeyword() {
        assertThat(NonKeywords.contains("en", "said")).isTrue();
        assertThat(NonKeywords.contains("en", "also")).isTrue();
        assertThat(NonKeywords.contains("en", "Mr")).isTrue();
        assertThat(NonKeywords.contains("de", "sagte")).isTrue();
        assertThat(NonKeywords.contains("es", "según")).isTrue();
        assertThat(NonKeywords.contains("fr", "selon")).isTrue();
    }

    @Test
    void shouldKeepTheWordsAStoryIsAbout() {
        assertThat(NonKeywords.contains("en", "ferry")).isFalse();
        assertThat(NonKeywords.contains("en", "council")).isFalse();
        assertThat(NonKeywords.contains("de", "hafenbrücke")).isFalse();
        assertThat(NonKeywords.contains("es", "puente")).isFalse();
        // another language's calendar is that language's business: "mardi" is only French
        assertThat(NonKeywords.contains("en", "mardi")).isFalse();
    }

    @Test
    void shouldNotGuessACalendarForTextOfNoKnownLanguage() {
        // the root locale would say "Mar" and "Tue", which are words in some languages
        assertThat(NonKeywords.contains("und", "mar")).isFalse();
        assertThat(NonKeywords.contains(null, "tue")).isFalse();
        assertThat(NonKeywords.contains("../../etc", "said")).isFalse();
        // a code in capitals is still the language
        assertThat(NonKeywords.contains("EN", "said")).isTrue();
        assertThat(NonKeywords.contains("en-GB", "said")).isTrue();
        assertThat(NonKeywords.contains("pt_BR", "segunda-feira")).isTrue();
    }
}
