package articleflow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SummaryEvalTest {

    /** A self-written article in the data set's shape: lowercased, title line, blank line, body. */
    private static final String DOCUMENT = "harbour bridge to close\n\n"
            + "the council voted to close the harbour bridge to cars. engineers found the bridge supports had "
            + "corroded.\n\n"
            + "mr. hart said the bridge would reopen after repairs. buses may still use the bridge.\n\n"
            + "shops near the bridge fear lost trade. a ferry may run during the repairs.\n";
    private static final String REFERENCE = "the council voted to close the harbour bridge to cars."
            + "mr. hart said the bridge would reopen after repairs.";

    @Test
    void shouldSplitTheDocumentIntoTitleAndBody() {
        SummaryExample example = SummaryExample.of("1", DOCUMENT, REFERENCE);

        assertThat(example.title()).isEqualTo("harbour bridge to close");
        assertThat(example.body()).startsWith("the council voted").doesNotContain("harbour bridge to close\n");
    }

    @Test
    void shouldPutBackTheSpacesBetweenGluedReferenceSentences() {
        SummaryEval eval = new SummaryEval(EvalSummariesCommand::blankLineParagraphs);

        assertThat(eval.referenceSentences("it rose 3.5% in the u.s. market.\"we won,\" he said.then it fell."))
                .containsExactly("it rose 3.5% in the u.s. market.", "\"we won,\" he said.", "then it fell.");
    }

    @Test
    void shouldScoreLeadAndArticleflowOnTheSameDocuments() {
        SummaryEval eval = new SummaryEval(EvalSummariesCommand::blankLineParagraphs);

        List<SummaryEval.Result> results = eval.evaluate(
                List.of(SummaryExample.of("1", DOCUMENT, REFERENCE)), 2);

        assertThat(results).extracting(SummaryEval.Result::system).containsExactly("articleflow", "lead-2");
        assertThat(results).allSatisfy(r -> assertThat(r.rouge1()).isBetween(0.0, 1.0));
        assertThat(results.get(1).meanWords()).isEqualTo(17.0);
    }

    @Test
    void shouldCountEachArticlesLanguageOnceHoweverManyLengthsAreScored() {
        SummaryEval eval = new SummaryEval(EvalSummariesCommand::blankLineParagraphs);
        List<SummaryExample> examples = List.of(SummaryExample.of("1", DOCUMENT, REFERENCE));

        eval.evaluate(examples, 1);
        eval.evaluate(examples, 2);

        assertThat(eval.languages()).containsExactly(java.util.Map.entry("en", 1));
    }

    @Test
    void shouldPrintATableForEachRequestedLength(@TempDir Path dir) throws Exception {
        String csv = ",document,summary,categories,articles_length,summaries_length\n"
                + "1,\"" + DOCUMENT.replace("\"", "\"\"") + "\",\"" + REFERENCE + "\",business,40,20\n";
        Files.writeString(dir.resolve("valid.csv"), csv);
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new EvalSummariesCommand());
        command.setOut(new PrintWriter(out));

        int exit = command.execute("--data", dir.toString(), "--sentences", "1,2");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("1 documents").contains("articleflow").contains("lead-1")
                .contains("lead-2").doesNotContain("lead-3");
    }
}
