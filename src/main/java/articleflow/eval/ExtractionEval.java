package articleflow.eval;

import articleflow.model.ContentType;
import articleflow.normalize.Normalizer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;

/**
 * Measures how well articleflow finds the article in a web page, against the full page text and
 * any peer extractors on the classpath, on the article-extraction-benchmark data layout:
 * {@code html/<id>.html.gz} and {@code ground-truth.json} ({@code {id: {articleBody, url}}}).
 */
public final class ExtractionEval {

    public static final String ARTICLEFLOW = "articleflow";

    private final ExtractionScorer scorer = new ExtractionScorer();

    /** Reads every page of the benchmark in {@code dataDir} that has both HTML and a ground truth. */
    public List<BenchmarkPage> load(Path dataDir) {
        try {
            Path truthFile = dataDir.resolve("ground-truth.json");
            JsonNode truth = EvalData.readPagesObject(truthFile);
            List<BenchmarkPage> pages = new ArrayList<>();
            int missing = 0;
            for (Map.Entry<String, JsonNode> entry : truth.properties()) {
                if (!entry.getValue().path("articleBody").isTextual()) {
                    throw EvalData.wrongShape(truthFile, entry.getKey(), "articleBody text");
                }
                Path html = dataDir.resolve("html").resolve(entry.getKey() + ".html.gz");
                if (Files.exists(html)) {
                    pages.add(new BenchmarkPage(entry.getKey(), entry.getValue().path("url").asText(""),
                            gunzip(html), entry.getValue().path("articleBody").asText("")));
                } else {
                    missing++;
                }
            }
            EvalData.noteMissingPages(missing, truthFile, dataDir);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark in " + dataDir, e);
        }
    }

    /** articleflow first, then the whole-page baseline, then every peer found by ServiceLoader. */
    public List<ExtractorResult> run(List<BenchmarkPage> pages) {
        Normalizer normalizer = new Normalizer();
        List<ExtractorResult> results = new ArrayList<>();
        results.add(evaluate(ARTICLEFLOW, pages,
                (html, url) -> normalizer.normalize(null, html, ContentType.HTML).text()));
        FullPageText fullPage = new FullPageText();
        results.add(evaluate(fullPage.name(), pages, fullPage::extract));
        for (PeerExtractor peer : peers()) {
            results.add(evaluate(peer.name(), pages, peer::extract));
        }
        return results;
    }

    /** The peers on the classpath; one that cannot load (a stale service entry) is skipped, not fatal. */
    static List<PeerExtractor> peers() {
        List<PeerExtractor> peers = new ArrayList<>();
        Iterator<PeerExtractor> found = ServiceLoader.load(PeerExtractor.class).iterator();
        while (true) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                peers.add(found.next());
            } catch (ServiceConfigurationError e) {
                // ServiceLoader carries on with the next provider after one fails
                System.err.println("skipping a peer extractor: " + e.getMessage());
            }
        }
        return peers;
    }

    ExtractorResult evaluate(String name, List<BenchmarkPage> pages, BiFunction<String, String, String> extractor) {
        Map<String, ExtractionScore> scores = new LinkedHashMap<>();
        double precision = 0;
        double recall = 0;
        for (BenchmarkPage page : pages) {
            String extracted;
            try {
                extracted = extractor.apply(page.html(), page.url());
            } catch (RuntimeException e) {
                // a peer that fails on a page scores zero there, as an empty extraction would
                extracted = "";
            }
            ExtractionScore score = scorer.score(page.articleBody(), extracted == null ? "" : extracted);
            scores.put(page.id(), score);
            precision += score.precision();
            recall += score.recall();
        }
        int n = Math.max(1, pages.size());
        return new ExtractorResult(name, precision / n, recall / n, scores);
    }

    public void printTable(List<ExtractorResult> results, int pageCount, PrintStream out) {
        out.printf("%-16s %9s %9s %9s   (%d pages)%n", "extractor", "precision", "recall", "F1", pageCount);
        for (ExtractorResult r : results) {
            out.printf("%-16s %9.3f %9.3f %9.3f%n", r.name(), r.precision(), r.recall(), r.f1());
        }
    }

    public void printWorst(ExtractorResult result, List<BenchmarkPage> pages, int n, PrintStream out) {
        Map<String, String> urls = new LinkedHashMap<>();
        pages.forEach(p -> urls.put(p.id(), p.url()));
        out.printf("%nworst %d pages for %s by F1:%n", n, result.name());
        result.pages().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, ExtractionScore> e) -> e.getValue().f1()))
                .limit(n)
                .forEach(e -> out.printf("%6.3f  P %5.3f  R %5.3f  %s  %s%n", e.getValue().f1(),
                        e.getValue().precision(), e.getValue().recall(), e.getKey().substring(0, Math.min(12, e.getKey().length())),
                        urls.get(e.getKey())));
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
