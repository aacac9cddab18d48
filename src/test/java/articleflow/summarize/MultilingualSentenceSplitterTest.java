package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentence ends in the languages with abbreviation lists of their own, and in Chinese and Japanese. */
class MultilingualSentenceSplitterTest {

    @Test
    void shouldKeepGermanAbbreviationsWrittenWithASpaceInsideTheSentence() {
        assertThat(new SentenceSplitter("de").split("Viele Städte, z. B. Hamburg und Bremen, bauen Deiche aus. "
                + "Das heißt u. a. höhere Mauern, d. h. mehr Geld. Die Arbeiten beginnen im Herbst."))
                .containsExactly("Viele Städte, z. B. Hamburg und Bremen, bauen Deiche aus.",
                        "Das heißt u. a. höhere Mauern, d. h. mehr Geld.", "Die Arbeiten beginnen im Herbst.");
    }

    @Test
    void shouldKeepGermanOrdinalsDatesAndNumberedShorthands() {
        assertThat(new SentenceSplitter("de").split("Am 3. Mai stimmte der Rat über Antrag Nr. 12 ab. Im 19. "
                + "Jahrhundert stand hier eine Mühle. Prof. Dr. Weber sprach bzw. las vor. Die Sitzung endete um 3. "
                + "Danach gingen alle heim. Der Umbau kostet 4 Mio. Euro, vgl. S. 12 des Berichts."))
                .containsExactly("Am 3. Mai stimmte der Rat über Antrag Nr. 12 ab.",
                        "Im 19. Jahrhundert stand hier eine Mühle.", "Prof. Dr. Weber sprach bzw. las vor.",
                        "Die Sitzung endete um 3.", "Danach gingen alle heim.",
                        "Der Umbau kostet 4 Mio. Euro, vgl. S. 12 des Berichts.");
    }

    @Test
    void shouldSplitAGermanSentenceClosedByGermanQuotes() {
        assertThat(new SentenceSplitter("de").split("„Wir sind bereit.“ Das sagte die Bürgermeisterin."))
                .containsExactly("„Wir sind bereit.“", "Das sagte die Bürgermeisterin.");
    }

    @Test
    void shouldKeepFrenchTitlesAndCompanyFormsInsideTheSentence() {
        assertThat(new SentenceSplitter("fr").split("M. Dupont et Mme Martin dirigent Vinci S.A. depuis mars. "
                + "Le groupe, p. ex. sa filiale, recrute. La société Alba S.A. Elle emploie 300 personnes."))
                .containsExactly("M. Dupont et Mme Martin dirigent Vinci S.A. depuis mars.",
                        "Le groupe, p. ex. sa filiale, recrute.", "La société Alba S.A.",
                        "Elle emploie 300 personnes.");
    }

    @Test
    void shouldKeepSpanishTitlesAndCompanyFormsInsideTheSentence() {
        assertThat(new SentenceSplitter("es").split("El Sr. Gómez y la Sra. Ruiz presiden Telva S.A. desde enero. "
                + "¿Habrá cambios? La empresa, p. ej. su filial, contrata. Según la pág. 4, el plan sigue."))
                .containsExactly("El Sr. Gómez y la Sra. Ruiz presiden Telva S.A. desde enero.", "¿Habrá cambios?",
                        "La empresa, p. ej. su filial, contrata.", "Según la pág. 4, el plan sigue.");
    }

    @Test
    void shouldKeepBothPartsOfASpacedAbbreviationInsideTheSentence() {
        assertThat(new SentenceSplitter("es").split("Los EE. UU. anunciaron ayer nuevas tarifas. Europa responderá."))
                .containsExactly("Los EE. UU. anunciaron ayer nuevas tarifas.", "Europa responderá.");
        assertThat(new SentenceSplitter("de").split("Prof. Dr. med. Weber leitet die Klinik. Sie wächst."))
                .containsExactly("Prof. Dr. med. Weber leitet die Klinik.", "Sie wächst.");
    }

    @Test
    void shouldEndSentencesAtTheArabicQuestionMark() {
        assertThat(new SentenceSplitter("ar").split("هل سيفتح الجسر قريبا؟ قال المهندسون إن الأعمال ستستمر ستة أسابيع."))
                .containsExactly("هل سيفتح الجسر قريبا؟", "قال المهندسون إن الأعمال ستستمر ستة أسابيع.");
    }

    @Test
    void shouldKeepPolishShorthandsYearsAndThousandsInsideTheSentence() {
        assertThat(new SentenceSplitter("pl").split("Według prof. Nowaka do 2027 r. zlikwidowanych zostanie ok. "
                + "5 tys. miejsc pracy, m.in. w kopalniach, tj. w całym regionie. Rząd przygotował np. programy "
                + "szkoleń. W 2026 r. ruszy pierwszy z nich. To dopiero początek."))
                .containsExactly("Według prof. Nowaka do 2027 r. zlikwidowanych zostanie ok. 5 tys. miejsc pracy, "
                                + "m.in. w kopalniach, tj. w całym regionie.",
                        "Rząd przygotował np. programy szkoleń.", "W 2026 r. ruszy pierwszy z nich.",
                        "To dopiero początek.");
    }

    @Test
    void shouldKeepItalianPortugueseAndDutchShorthandsInsideTheSentence() {
        assertThat(new SentenceSplitter("it").split("Il dott. Rossi e la sig.ra Bianchi guidano Alfa S.p.A. da "
                + "anni. Il bilancio è a pag. 7. Tutto ok."))
                .containsExactly("Il dott. Rossi e la sig.ra Bianchi guidano Alfa S.p.A. da anni.",
                        "Il bilancio è a pag. 7.", "Tutto ok.");
        assertThat(new SentenceSplitter("pt").split("O Sr. Costa e a Dra. Lima lideram a Beta S.A. desde maio. "
                + "O relatório, p. ex. na pág. 3, confirma."))
                .containsExactly("O Sr. Costa e a Dra. Lima lideram a Beta S.A. desde maio.",
                        "O relatório, p. ex. na pág. 3, confirma.");
        assertThat(new SentenceSplitter("nl").split("Dhr. Jansen en mevr. De Vries leiden o.a. de raad, bijv. in "
                + "zaak nr. 4. De vergadering duurt lang."))
                .containsExactly("Dhr. Jansen en mevr. De Vries leiden o.a. de raad, bijv. in zaak nr. 4.",
                        "De vergadering duurt lang.");
    }

    @Test
    void shouldEndChineseAndJapaneseSentencesWithoutSpaces() {
        assertThat(new SentenceSplitter("zh").split("市议会周二投票决定关闭大桥。维修需要六周！居民怎么过河？渡轮会增加班次。"))
                .containsExactly("市议会周二投票决定关闭大桥。", "维修需要六周！", "居民怎么过河？", "渡轮会增加班次。");
        assertThat(new SentenceSplitter("ja").split("市議会は橋を閉鎖すると決めた。「安全が第一だ。」と市長は話した。工事は九月に終わる。"))
                .containsExactly("市議会は橋を閉鎖すると決めた。", "「安全が第一だ。」と市長は話した。", "工事は九月に終わる。");
    }

    @Test
    void shouldEndCjkSentencesInAnyLanguageAndKnowEveryListForAnUndeterminedOne() {
        assertThat(new SentenceSplitter("und").split("Der Rat tagte am 3. Mai im Rathaus. 会议结束了。Die Sitzung war kurz."))
                .containsExactly("Der Rat tagte am 3. Mai im Rathaus.", "会议结束了。", "Die Sitzung war kurz.");
    }
}
