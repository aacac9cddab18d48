package articleflow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.shared();

    @Test
    void shouldTellTheLanguageOfAtLeast95PercentOfNewsItemsIn14Languages() {
        List<LanguageFixtures.Fixture> fixtures = LanguageFixtures.all();
        Set<String> languages = fixtures.stream().map(LanguageFixtures.Fixture::language).collect(Collectors.toSet());
        assertThat(languages).hasSizeGreaterThanOrEqualTo(8).contains("en", "de", "fr", "es", "zh", "ja");
        assertThat(fixtures).allSatisfy(f -> assertThat(f.text().length()).isGreaterThanOrEqualTo(200));

        List<String> wrong = fixtures.stream()
                .filter(f -> !detector.detect(f.text()).equals(f.language()))
                .map(f -> f.language() + " read as " + detector.detect(f.text()))
                .toList();

        assertThat(1.0 - (double) wrong.size() / fixtures.size()).as("accuracy; wrong: %s", wrong)
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldReadTraditionalChineseAsChineseNotKoreanWhichIsWrittenInHangul() {
        String taipei = "臺北市政府昨日宣布，將在未來三年內於各行政區新建五十座公園，並改善既有綠地的步道與照明設施。"
                + "市長表示，這項計畫總經費約為新臺幣八十億元，其中一部分將用於種植原生樹種，以減緩夏季高溫。"
                + "市議會預計下個月審查相關預算，部分議員則擔心工程期間造成交通壅塞，要求市府提出配套措施。";
        String seoul = "서울시는 어제 앞으로 3년 동안 각 구에 공원 50곳을 새로 만들고 기존 녹지의 산책로와 조명을 "
                + "개선하겠다고 발표했다. 시장은 이번 계획의 총예산이 약 8천억 원이며 그 일부는 여름철 폭염을 줄이기 위해 "
                + "토종 나무를 심는 데 쓰일 것이라고 말했다. 시의회는 다음 달 관련 예산을 심사할 예정이다.";

        assertThat(detector.detect(taipei)).isEqualTo("zh");
        assertThat(detector.detect(seoul)).isEqualTo("ko");
        assertThat(LanguageDetector.inItsScript("ko", "東京都は昨日、新しい公園の計画を発表した。")).isEqualTo("ja");
        assertThat(LanguageDetector.inItsScript("ko", "東京都知事選挙告示日程決定")).isEqualTo("zh");
        assertThat(LanguageDetector.inItsScript("fr", taipei)).isEqualTo("fr");
    }

    @Test
    void shouldAnswerUndForTextTooShortToTell() {
        assertThat(detector.detect("Bridge closed")).isEqualTo("und");
        assertThat(detector.detect("Brücke gesperrt.")).isEqualTo("und");
        assertThat(detector.detect("2024-05-01 12:30 +++ 4:2")).isEqualTo("und");
        assertThat(detector.detect("")).isEqualTo("und");
        assertThat(detector.detect(null)).isEqualTo("und");
    }

    @Test
    void shouldAnswerUndForOneWordRepeatedHoweverLong() {
        assertThat(detector.detect("a".repeat(5_000))).isEqualTo("und");
        assertThat(detector.detect("text ".repeat(40))).isEqualTo("und");
        assertThat(detector.detect("Ha ha HA ha! ".repeat(20))).isEqualTo("und");
        // a short sentence of a real language has enough different letters to be read
        assertThat(detector.detect("The council voted on Tuesday to close the old bridge for repairs."))
                .isEqualTo("en");
    }

    @Test
    void shouldAnswerUndForTextHalfInOneLanguageHalfInAnother() {
        assertThat(detector.detect(LanguageFixtures.text("en") + "\n\n" + LanguageFixtures.text("de"))).isEqualTo("und");
        assertThat(detector.detect(LanguageFixtures.text("de") + "\n\n" + LanguageFixtures.text("fr"))).isEqualTo("und");
    }

    @Test
    void shouldTellJapaneseFromChineseByItsKana() {
        assertThat(detector.detect(LanguageFixtures.text("ja"))).isEqualTo("ja");
        assertThat(detector.detect(LanguageFixtures.text("zh"))).isEqualTo("zh");
    }

    @Test
    void shouldGiveTheSameAnswerEveryTimeAndFromManyThreadsAtOnce() {
        List<LanguageFixtures.Fixture> fixtures = LanguageFixtures.all();
        List<String> once = fixtures.stream().map(f -> detector.detect(f.text())).toList();

        List<List<String>> concurrent = IntStream.range(0, 8).parallel()
                .mapToObj(i -> fixtures.parallelStream().map(f -> detector.detect(f.text())).toList())
                .toList();

        assertThat(concurrent).allSatisfy(answers -> assertThat(answers).isEqualTo(once));
    }

    @Test
    void shouldLoadTheProfilesOncePerJvm() {
        assertThat(LanguageDetector.shared()).isSameAs(detector);
    }

    @Test
    void shouldReadOnlyTheStartOfAVeryLongText() {
        String longGerman = (LanguageFixtures.text("de") + "\n\n").repeat(200) + LanguageFixtures.text("en").repeat(400);

        assertThat(detector.detect(longGerman)).isEqualTo("de");
    }

    @Test
    void shouldGiveTheAnswerOfAllSevenReadingsWhenItStopsEarly() {
        List<String> texts = new ArrayList<>();
        for (LanguageFixtures.Fixture f : LanguageFixtures.all()) {
            texts.add(f.text());
            texts.add(f.text().substring(0, 60));
        }
        texts.add(LanguageFixtures.text("en") + "\n\n" + LanguageFixtures.text("de"));
        texts.add(LanguageFixtures.text("de") + "\n\n" + LanguageFixtures.text("fr"));
        texts.add(LanguageFixtures.text("es") + " " + LanguageFixtures.text("it"));
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            texts.add(madeUpWords(random, 20 + random.nextInt(200)));
        }

        assertThat(texts).allSatisfy(text ->
                assertThat(detector.detect(text)).as(text).isEqualTo(detector.detectReadingEveryTime(text)));
        // the made-up words exercise both early answers: some are "und", and the fixtures are not
        assertThat(texts.stream().map(detector::detect)).contains("und", "en", "de", "ja");
    }

    @Test
    void shouldReadTheTextAsTheLibrarysTextObjectDoes() {
        TextObjectFactory library = CommonTextObjectFactories.forDetectingShortCleanText();
        List<String> texts = new ArrayList<>();
        LanguageFixtures.all().forEach(f -> texts.add(f.text()));
        texts.add("  double  spaces, 12 digits; «quotes» — dashes\tand\nbreaks  ");
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            StringBuilder any = new StringBuilder();
            for (int c = 0; c < 50; c++) {
                any.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
            texts.add(any.toString());
        }

        assertThat(texts).allSatisfy(text ->
                assertThat(detector.padded(text)).isEqualTo(" " + library.forText(text) + " "));
    }

    /** Letters in word-like runs that belong to no language. */
    private static String madeUpWords(Random random, int words) {
        String letters = "abcdefghijklmnopqrstuvwxyzäöüéèçñ";
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int length = 2 + random.nextInt(9);
            for (int c = 0; c < length; c++) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            text.append(w % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }
}
