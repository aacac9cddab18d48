package articleflow.eval;

import articleflow.analysis.LanguageDetector;
import articleflow.events.LogSafe;
import articleflow.model.ContentType;
import articleflow.normalize.LanguageCheck;
import articleflow.normalize.Normalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code eval summaries}: ROUGE of articleflow's summaries and of Lead-N on the BBC News Summary set. */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = "Scores articleflow summaries and Lead-N against reference summaries (ROUGE-1/2/Lsum F1).")
public final class EvalSummariesCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Directory holding valid.csv (columns index, document, summary, ...).")
    Path data;

    @Option(names = "--sentences", split = ",", paramLabel = "N",
            description = "Summary lengths to score (repeatable or comma list); default: the product default.")
    List<Integer> sentences = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private static final Normalizer NORMALIZER = new Normalizer();

    /**
     * How an article body becomes the paragraphs the product summarizes: the real normalize stage. The data set
     * separates the title from the body already, so no title is passed.
     */
    static List<String> paragraphsOf(String body) {
        return NORMALIZER.normalize(null, body, ContentType.PLAIN).paragraphs();
    }

    static List<String> blankLineParagraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : body.split("\\n\\s*\\n")) {
            String p = block.strip();
            if (!p.isEmpty()) {
                paragraphs.add(p.replaceAll("\\s+", " "));
            }
        }
        return paragraphs;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TreeSet<Integer> lengths = new TreeSet<>(sentences);
        if (lengths.isEmpty()) {
            lengths.add(articleflow.summarize.SummaryOptions.DEFAULT.maxSentences());
        }
        if (lengths.first() < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sentences must be >= 1: " + lengths.first());
        }
        List<SummaryExample> examples = readExamples(EvalData.requireFolder(data, "valid.csv").resolve("valid.csv"));
        if (examples.isEmpty()) {
            throw EvalData.problem("no documents in " + data.resolve("valid.csv") + ": nothing to score");
        }
        Function<String, List<String>> paragraphs = EvalSummariesCommand::paragraphsOf;
        // the language as the product settles it for a record without one: detected from the normalized text
        LanguageCheck languageCheck = new LanguageCheck(LanguageDetector.shared());
        SummaryEval eval = new SummaryEval(paragraphs, p -> languageCheck.decide(null, p).language());
        out.printf(Locale.ROOT, "%d documents from %s; ROUGE F1 x100 (rouge-score, Porter stems); "
                + "articleflow word budget: about 80 words at 3 sentences, pro rata at other lengths%n",
                examples.size(), data);
        out.printf(Locale.ROOT, "%-9s %-12s %6s %6s %8s %7s%n", "sentences", "system", "R-1", "R-2", "R-Lsum",
                "words");
        for (int n : lengths) {
            for (SummaryEval.Result r : eval.evaluate(examples, n)) {
                out.printf(Locale.ROOT, "%-9d %-12s %6.1f %6.1f %8.1f %7.1f%n", n, r.system(), 100 * r.rouge1(),
                        100 * r.rouge2(), 100 * r.rougeLsum(), r.meanWords());
            }
        }
        out.printf(Locale.ROOT, "languages detected (articles per summary length): %s; detection %.0f us per article "
                + "(profiles loaded before the first article; JIT warm-up included)%n", eval.languages(),
                eval.languageMicrosPerArticle());
        out.flush();
        return 0;
    }

    /** The examples of the CSV; a file that is not one is the user's data, said in one line. */
    private static List<SummaryExample> readExamples(Path file) {
        try {
            return SummaryExample.readCsv(file);
        } catch (NoSuchFileException missing) {
            throw EvalData.problem("no such file: " + file);
        } catch (CharacterCodingException notText) {
            throw EvalData.problem(file + " is not UTF-8 text; --data takes the folder of the summaries CSV");
        } catch (IOException unreadable) {
            throw EvalData.problem("cannot read " + file + " as the summaries CSV: "
                    + LogSafe.quote(unreadable.getMessage()));
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalSummariesCommand()).execute(args));
    }
}
