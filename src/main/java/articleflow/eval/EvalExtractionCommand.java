package articleflow.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code eval extraction}: articleflow's extraction quality on an article-extraction benchmark, in either of
 * two layouts: the article-extraction benchmark's (shingles of a whole article body) or trafilatura's
 * (segments the text must and must not contain).
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Scores article extraction against the benchmark in --data: precision, recall and F1 of 4-token "
                + "shingles (ground-truth.json), or of judged text segments (gold.json, with figures by language).")
public final class EvalExtractionCommand implements Callable<Integer> {

    /** The benchmark layouts this command reads. */
    enum Format { AUTO, SHINGLES, SEGMENTS }

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "benchmark directory: html/<id>.html.gz with ground-truth.json, or with gold.json")
    Path data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (from the files in --data), shingles (ground-truth.json) or segments (gold.json)")
    String format;

    @Option(names = "--half", paramLabel = "A|B|all", defaultValue = "all",
            description = "score one half of the pages, split by a hash of their id (develop on A, check on B), or all")
    String half;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "also list the N pages where articleflow scores lowest (with segments: what it missed and kept)")
    int worst;

    @Option(names = "--show", paramLabel = "ID", description = "print articleflow's output for the page whose id starts with ID, and stop")
    String show;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Format chosen;
        DevHalf devHalf;
        try {
            chosen = Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be auto, shingles or segments: " + format);
        }
        try {
            devHalf = DevHalf.valueOf(half.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--half must be A, B or all: " + half);
        }
        if (worst < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--worst must be 0 or more: " + worst);
        }
        EvalData.requireFolder(data, "html/ with ground-truth.json or gold.json");
        if (chosen == Format.AUTO) {
            boolean gold = Files.exists(data.resolve(SegmentEval.GOLD_FILE));
            if (!gold && !Files.exists(data.resolve("ground-truth.json"))) {
                throw EvalData.problem(data + " holds neither ground-truth.json nor " + SegmentEval.GOLD_FILE
                        + ": not an extraction benchmark");
            }
            chosen = gold ? Format.SEGMENTS : Format.SHINGLES;
        }
        return chosen == Format.SEGMENTS ? segments(devHalf) : shingles(devHalf);
    }

    private int shingles(DevHalf devHalf) {
        ExtractionEval eval = new ExtractionEval();
        List<BenchmarkPage> pages = eval.load(data).stream().filter(p -> devHalf.contains(p.id())).toList();
        if (pages.isEmpty()) {
            throw EvalData.problem("no benchmark pages in " + data + " (html/<id>.html.gz for the ids of its ground truth)");
        }
        if (show != null) {
            return show(pages.stream().filter(p -> p.id().startsWith(show)).map(BenchmarkPage::html).findFirst().orElse(null));
        }
        List<ExtractorResult> results = eval.run(pages);
        eval.printTable(results, pages.size(), System.out);
        sayWherePeersAre();
        if (worst > 0) {
            eval.printWorst(results.get(0), pages, worst, System.out);
        }
        return 0;
    }

    private int segments(DevHalf devHalf) {
        SegmentEval eval = new SegmentEval();
        List<SegmentPage> pages = eval.load(data, devHalf);
        if (pages.isEmpty()) {
            throw EvalData.problem("no benchmark pages in " + data + " (html/<id>.html.gz for the ids of its ground truth)");
        }
        if (show != null) {
            return show(pages.stream().filter(p -> p.id().startsWith(show)).map(SegmentPage::html).findFirst().orElse(null));
        }
        List<SegmentResult> results = eval.run(pages);
        eval.printTable(results, pages, devHalf == DevHalf.ALL ? "all" : "half " + devHalf, System.out);
        sayWherePeersAre();
        if (worst > 0) {
            eval.printWorst(results.get(0), pages, worst, System.out);
        }
        return 0;
    }

    /** A default build has no peer extractors: say how to get them beside the figures, rather than omit them silently. */
    private static void sayWherePeersAre() {
        if (ExtractionEval.peers().isEmpty()) {
            System.out.println("(readability4j and boilerpipe are compared in a build with them: mvn -Ppeers -DskipTests package)");
        }
    }

    private int show(String html) {
        if (html == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no page " + show + " in " + data);
        }
        System.out.println(SegmentEval.articleflow().apply(html, ""));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalExtractionCommand()).execute(args));
    }
}
