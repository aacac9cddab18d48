package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.analysis.LanguageFixtures;
import articleflow.analysis.TextAnalyzer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.junit.jupiter.api.Test;

/** Keywords and related links of articles in other languages than English, written for these tests. */
class MultilingualKeywordsTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private static final String GERMAN = "Der Stadtrat von Hafenstein hat beschlossen, die alte Hafenbrücke für sechs "
            + "Wochen zu sperren. Bei einer Prüfung fanden Ingenieure Rost an zwei Pfeilern der Hafenbrücke. Während "
            + "der Sperrung bringen Fähren die Pendler über den Fluss, und die Fähren fahren alle fünfzehn Minuten. "
            + "Die Pendler sollen sich auf längere Wege einstellen, sagte die Bürgermeisterin. Sie ist sich sicher, "
            + "dass die Hafenbrücke danach wieder viele Jahre hält.";
    private static final String FRENCH = "Le conseil municipal de Port-Haven a voté la fermeture du vieux pont du "
            + "port pendant six semaines. Les ingénieurs ont trouvé de la rouille sur deux piliers du pont. Pendant "
            + "la fermeture, des bacs transporteront les habitants, et les bacs partiront toutes les quinze minutes. "
            + "Les commerçants du port craignent que leurs clients ne viennent plus pendant les travaux du pont.";
    private static final String SPANISH = "El ayuntamiento de Puerto Alto aprobó cerrar el viejo puente del puerto "
            + "durante seis semanas. Los ingenieros encontraron óxido en dos pilares del puente. Durante el cierre, "
            + "los transbordadores llevarán a los vecinos al otro lado del río, y los transbordadores saldrán cada "
            + "quince minutos. Los comerciantes del puerto temen que sus clientes no vuelvan durante las obras.";

    private static List<String> keywords(String language, String title, String text) {
        List<IndexedTerms> corpus = new ArrayList<>();
        int i = 0;
        for (LanguageFixtures.Fixture f : LanguageFixtures.all()) {
            corpus.add(ArticleTerms.of(ANALYZER, f.language(), "", f.text()).indexed("f" + i++, 1, 0, 1000));
        }
        FrozenDocumentFrequencies df = FrozenDocumentFrequencies.of(corpus);
        return ArticleProfile.of(ArticleTerms.of(ANALYZER, language, title, text), df, RelatedSettings.DEFAULT)
                .keywords();
    }

    private static void assertNoStopWords(List<String> keywords, CharArraySet stopWords) {
        assertThat(keywords).isNotEmpty().allSatisfy(k -> assertThat(stopWords.contains(k)).as(k).isFalse());
    }

    @Test
    void shouldOfferGermanContentWordsAsKeywords() {
        List<String> keywords = keywords("de", "Hafenbrücke wird gesperrt", GERMAN);

        assertThat(keywords).contains("hafenbrücke", "fähren", "sperrung");
        assertNoStopWords(keywords, GermanAnalyzer.getDefaultStopSet());
    }

    @Test
    void shouldOfferFrenchContentWordsAsKeywords() {
        List<String> keywords = keywords("fr", "Le vieux pont du port fermé", FRENCH);

        assertThat(keywords).contains("pont", "bacs");
        assertNoStopWords(keywords, FrenchAnalyzer.getDefaultStopSet());
    }

    @Test
    void shouldOfferSpanishContentWordsAsKeywords() {
        List<String> keywords = keywords("es", "Cierra el viejo puente del puerto", SPANISH);

        assertThat(keywords).contains("puente", "transbordadores");
        assertNoStopWords(keywords, SpanishAnalyzer.getDefaultStopSet());
    }

    @Test
    void shouldLeaveOutSpanishTitlesAndCompanyForms() {
        List<String> keywords = keywords("es", "El Sr. Gómez cierra el puente", "El Sr. Gómez y la Dra. Ruiz, de "
                + "Puentes Alto S.A., explicaron que el Sr. Gómez cerrará el puente. La Dra. Ruiz dijo que el puente "
                + "abrirá en seis semanas, y el Sr. Gómez pidió paciencia a los vecinos de la Av. del Puerto.");

        assertThat(keywords).contains("puente", "gómez").doesNotContain("sr", "dra", "av", "s.a");
    }

    @Test
    void shouldOfferPolishContentWordsWithoutItsFunctionWords() {
        List<String> keywords = keywords("pl", "Most w Gdańsku zamknięty", "Rada miasta w Gdańsku zdecydowała, że "
                + "stary most nad kanałem zostanie zamknięty na sześć tygodni. Inżynierowie znaleźli rdzę na dwóch "
                + "filarach mostu. Jak powiedział prezydent miasta, most jest bezpieczny, ale remont jest konieczny. "
                + "Do czasu zakończenia remontu promy będą przewozić mieszkańców przez kanał co piętnaście minut.");

        assertThat(keywords).contains("most", "gdańsku").doesNotContain("jest", "do", "się", "że", "powiedział");
    }

    @Test
    void shouldOfferJapaneseWordsNotHiraganaEndings() {
        List<String> keywords = keywords("ja", "天気", "彼は「明日は雨だ。」と言った。しかし、天気予報では晴れるらしい！"
                + "本当にそうだろうか？私たちは傘を持って出かけることにした。");

        assertThat(keywords).contains("天気", "予報", "出かける");
        assertThat(keywords).allSatisfy(k -> assertThat(k.chars()
                .allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA)).as(k).isFalse());
    }

    @Test
    void shouldOfferChineseAndKoreanWordsNotCharacterPairsAcrossWords() {
        List<String> chinese = keywords("zh", "北京新建公园", "北京市政府昨天宣布，将在未来三年内新建五十座公园。"
                + "市园林局局长表示，这些公园将主要分布在城市的东部和南部地区。专家认为，新公园能够改善空气质量。");
        List<String> korean = keywords("ko", "서울 공원 계획", "서울시는 어제 새로운 공원 조성 계획을 발표했다. "
                + "시장은 앞으로 3년 동안 50개의 공원을 새로 만들겠다고 말했다. 전문가들은 공원이 공기 질을 개선할 것이라고 본다.");

        // character pairs made keywords across words: 京新 and 建公 of "北京新建公园", 했다 (a verb ending)
        assertThat(chinese).contains("公园", "北京").doesNotContain("京新", "建公", "些公");
        assertThat(korean).contains("공원", "계획").doesNotContain("했다", "가들");
    }

    @Test
    void shouldLinkOnlyArticlesOfTheSameLanguageAndUndOnlyToUnd() {
        StreamingSimulator simulator = new StreamingSimulator(3, RelatedSettings.DEFAULT,
                PartitionDocumentFrequencies::new, ANALYZER, 7);
        // three reports of one story each: two English, one the text could not place
        simulator.publish(input("bridge-1", "en", NewsFixtures.BRIDGE_1, 0));
        simulator.publish(input("bridge-2", "en", NewsFixtures.BRIDGE_2, 1));
        simulator.publish(input("bridge-3", "und", NewsFixtures.BRIDGE_3, 2));
        simulator.publish(input("volcano-1", "und", NewsFixtures.VOLCANO_1, 3));
        simulator.publish(input("volcano-2", "und", NewsFixtures.VOLCANO_2, 4));
        simulator.publish(input("volcano-3", "en", NewsFixtures.VOLCANO_3, 5));
        simulator.run();
        Map<String, RelatedView> views = simulator.views();

        assertThat(ids(views.get("bridge-1"))).contains("bridge-2").doesNotContain("bridge-3", "volcano-1", "volcano-2");
        assertThat(ids(views.get("bridge-3"))).doesNotContain("bridge-1", "bridge-2", "volcano-3");
        assertThat(ids(views.get("volcano-1"))).contains("volcano-2").doesNotContain("volcano-3", "bridge-1");
        assertThat(ids(views.get("volcano-3"))).doesNotContain("volcano-1", "volcano-2");
    }

    private static List<String> ids(RelatedView view) {
        return view == null ? List.of() : view.related().stream().map(LinkedArticle::id).toList();
    }

    private static ArticleInput input(String id, String language, String text, int minute) {
        long at = NewsFixtures.T0 + minute * NewsFixtures.MINUTE;
        return new ArticleInput(id, 1, language, "", "https://news.example/" + id, "example-news",
                Instant.ofEpochMilli(at).toString(), at, text);
    }
}
