package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Summaries of articles in German, French, Spanish and Chinese, written for these tests: each article is given as
 * its sentences, grouped into paragraphs, so a summary sentence that is not one of them was split wrongly.
 */
class MultilingualSummaryTest {

    private static final List<List<String>> GERMAN = List.of(
            List.of("Der Stadtrat von Hafenstein hat am 3. Mai beschlossen, die alte Hafenbrücke ab dem 1. Juni für "
                            + "sechs Wochen zu sperren.",
                    "Bei einer Prüfung fanden Ingenieure Rost an zwei Pfeilern, z. B. am Pfeiler Nr. 4 an der "
                            + "Ostseite."),
            List.of("Die Sperrung betrifft täglich rund 12.000 Pendler, d. h. etwa ein Drittel des Verkehrs in der "
                            + "Innenstadt.",
                    "Prof. Dr. Anna Weber von der Technischen Hochschule nannte die Schäden an der Brücke ernst, "
                            + "aber gut zu beheben.",
                    "Während der Sperrung bringen Fähren die Pendler im 15-Minuten-Takt über den Fluss."),
            List.of("Die Reparatur der Brücke kostet nach Angaben der Stadt ca. 4 Mio. Euro, vgl. S. 12 des "
                            + "Berichts.",
                    "Der Verein der Hafenhändler fürchtet u. a. weniger Kundschaft in den Wochen der Sperrung.",
                    "Zum 100. Geburtstag der Brücke im Jahr 2031 soll sie wieder wie neu aussehen."));

    private static final List<List<String>> FRENCH = List.of(
            List.of("Le conseil municipal de Port-Haven a voté mardi la fermeture du vieux pont du port pendant six "
                            + "semaines de travaux.",
                    "Les ingénieurs ont découvert de la rouille sur deux piliers du pont lors d'une inspection le "
                            + "mois dernier."),
            List.of("M. Durand, l'adjoint chargé des travaux, estime que les réparations du pont coûteront environ "
                            + "quatre millions d'euros.",
                    "La société Batiroute S.A. a remporté l'appel d'offres pour les travaux du pont.",
                    "Pendant la fermeture, des bacs transporteront les habitants d'une rive à l'autre toutes les "
                            + "quinze minutes."),
            List.of("Les commerçants du port craignent une baisse de leur clientèle pendant les travaux.",
                    "Le pont, construit en 1931, fête bientôt son centième anniversaire."));

    private static final List<List<String>> SPANISH = List.of(
            List.of("El ayuntamiento de Puerto Alto aprobó el martes cerrar el viejo puente del puerto durante seis "
                            + "semanas de reparaciones.",
                    "Los ingenieros encontraron óxido en dos pilares del puente durante una inspección el mes "
                            + "pasado."),
            List.of("El Sr. Herrera, concejal de obras, calcula que la reparación del puente costará unos cuatro "
                            + "millones de euros.",
                    "La empresa Caminos del Norte S.A. ganó el concurso para las obras del puente.",
                    "¿Cómo cruzarán los vecinos el río durante el cierre?",
                    "Los transbordadores llevarán a los vecinos al otro lado del río cada quince minutos."),
            List.of("Los comerciantes del puerto temen perder clientes durante las obras.",
                    "El puente, construido en 1931, cumplirá pronto cien años."));

    private static final List<List<String>> CHINESE = List.of(
            List.of("港城市议会周二投票决定，将旧港口大桥关闭六周进行维修。",
                    "工程师上个月在检查中发现两根主要桥墩出现锈蚀。"),
            List.of("市政府估计，大桥维修费用约为四百万元。",
                    "维修期间，渡轮将每十五分钟一班，把通勤者送到河对岸。",
                    "港口的商户担心，大桥关闭期间顾客会减少。"),
            List.of("这座大桥建于一九三一年，已经使用了将近一百年。",
                    "市长表示，维修完成后大桥可以再安全使用几十年。"));

    private final Summarizer summarizer = new Summarizer(SummaryOptions.DEFAULT);

    private static List<String> paragraphs(List<List<String>> article, String separator) {
        return article.stream().map(sentences -> String.join(separator, sentences)).toList();
    }

    private static List<String> sentences(List<List<String>> article) {
        List<String> all = new ArrayList<>();
        article.forEach(all::addAll);
        return all;
    }

    @Test
    void shouldSummarizeAGermanArticleInWholeSentencesNeverCutAtAbbreviationsOrDates() {
        Summary summary = summarizer.summarize("de", paragraphs(GERMAN, " "));

        assertThat(summary.sentences()).hasSizeBetween(2, 3);
        assertThat(sentences(GERMAN)).containsAll(summary.sentences());
        assertThat(summary.sentences()).noneSatisfy(s -> assertThat(s).endsWith("z. B.")).noneSatisfy(s ->
                assertThat(s).matches(".*(\\b\\d{1,3}|Nr|Dr|Prof|ca|Mio|vgl|S|d\\. h|u\\. a)\\.$"));
    }

    @Test
    void shouldSplitTheGermanArticleIntoExactlyTheSentencesItWasWrittenIn() {
        SentenceSplitter splitter = new SentenceSplitter("de");
        List<String> split = new ArrayList<>();
        paragraphs(GERMAN, " ").forEach(p -> split.addAll(splitter.split(p)));

        assertThat(split).containsExactlyElementsOf(sentences(GERMAN));
    }

    @Test
    void shouldSummarizeAFrenchArticleInWholeSentences() {
        Summary summary = summarizer.summarize("fr", paragraphs(FRENCH, " "));

        assertThat(summary.sentences()).hasSizeBetween(2, 3);
        assertThat(sentences(FRENCH)).containsAll(summary.sentences());
        assertThat(summary.sentences().get(0)).startsWith("Le conseil municipal");
    }

    @Test
    void shouldSummarizeASpanishArticleInWholeSentences() {
        Summary summary = summarizer.summarize("es", paragraphs(SPANISH, " "));

        assertThat(summary.sentences()).hasSizeBetween(2, 3);
        assertThat(sentences(SPANISH)).containsAll(summary.sentences());
        assertThat(summary.sentences()).doesNotContain("¿Cómo cruzarán los vecinos el río durante el cierre?");
    }

    @Test
    void shouldSummarizeAChineseArticleWrittenWithoutSpacesInWholeSentences() {
        Summary summary = summarizer.summarize("zh", paragraphs(CHINESE, ""));

        assertThat(summary.sentences()).hasSizeBetween(2, 3);
        assertThat(sentences(CHINESE)).containsAll(summary.sentences());
        assertThat(summary.sentences()).allSatisfy(s -> assertThat(s).endsWith("。"));
    }

    @Test
    void shouldRankByTheArticlesOwnLanguageNotByEnglishRules() {
        // with German stop words and stems, "Brücke"/"Brücken" and the bridge story lead; English rules would
        // count "die", "der" and "das" as content words shared by every sentence
        TermEncoder german = new TermEncoder(new articleflow.analysis.TextAnalyzer(), "de");
        int[] terms = german.encode("Die Brücke und die Brücken der Stadt");

        assertThat(terms).hasSize(3);
        assertThat(terms[0]).isEqualTo(terms[1]);
    }
}
