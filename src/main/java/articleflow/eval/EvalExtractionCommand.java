package articleflow.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval extraction}: articleflow's extraction quality on the article-extraction benchmark. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Scores article extraction (precision, recall, F1 of 4-token shingles) against the benchmark in --data.")
public final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "benchmark directory with html/<id>.html.gz and ground-truth.json")
    Path data;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "also list the N pages where articleflow scores lowest")
    int worst;

    @Override
    public Integer call() {
        ExtractionEval eval = new ExtractionEval();
        List<BenchmarkPage> pages = eval.load(data);
        if (pages.isEmpty()) {
            System.err.println("no benchmark pages in " + data);
            return 2;
        }
        List<ExtractorResult> results = eval.run(pages);
        eval.printTable(results, pages.size(), System.out);
        if (worst > 0) {
            eval.printWorst(results.get(0), pages, worst, System.out);
        }
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalExtractionCommand()).execute(args));
    }
}
