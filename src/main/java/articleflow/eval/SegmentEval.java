package articleflow.eval;

import articleflow.model.ContentType;
import articleflow.normalize.NormalizedText;
import articleflow.normalize.Normalizer;
import articleflow.normalize.PageDecoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;

/**
 * Measures extraction on trafilatura's multilingual evaluation layout: {@code html/<id>.html.gz} (the page's
 * original bytes) and {@code gold.json} ({@code {id: {url, lang, charset, with, without}}}), scored with
 * {@link SegmentScorer}; articleflow's output is its title and text, as the benchmark counts the title.
 */
public final class SegmentEval {

    public static final String GOLD_FILE = "gold.json";
    /** Languages with fewer pages get no row of their own: a handful of pages says little. */
    static final int MIN_LANGUAGE_PAGES = 10;
    private static final int SEGMENT_PREVIEW_CHARS = 110;

    private final SegmentScorer scorer = new SegmentScorer();

    /** Every page of {@code half} in {@code dataDir} that has both its HTML and its judgement, in id order. */
    public List<SegmentPage> load(Path dataDir, DevHalf half) {
        try {
            Path goldFile = dataDir.resolve(GOLD_FILE);
            JsonNode gold = EvalData.readPagesObject(goldFile);
            Map<String, JsonNode> sorted = new TreeMap<>();
            gold.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            List<SegmentPage> pages = new ArrayList<>();
            int missing = 0;
            for (Map.Entry<String, JsonNode> entry : sorted.entrySet()) {
                Path html = dataDir.resolve("html").resolve(entry.getKey() + ".html.gz");
                if (!half.contains(entry.getKey())) {
                    continue;
                }
                if (!Files.exists(html)) {
                    missing++;
                    continue;
                }
                JsonNode item = entry.getValue();
                if (!isListOfTexts(item.path("with")) || !isListOfTexts(item.path("without"))) {
                    throw EvalData.wrongShape(goldFile, entry.getKey(), "\"with\" and \"without\" lists of text");
                }
                String charset = item.path("charset").asText("");
                pages.add(new SegmentPage(entry.getKey(), item.path("url").asText(""), item.path("lang").asText("und"),
                        PageDecoder.decode(gunzip(html), charset.isEmpty() ? null : charset),
                        strings(item.path("with")), strings(item.path("without"))));
            }
            EvalData.noteMissingPages(missing, goldFile, dataDir);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark in " + dataDir, e);
        }
    }

    private static boolean isListOfTexts(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** articleflow first, then the whole-page baseline, then every peer on the classpath. */
    public List<SegmentResult> run(List<SegmentPage> pages) {
        List<SegmentResult> results = new ArrayList<>();
        results.add(evaluate(ExtractionEval.ARTICLEFLOW, pages, articleflow()));
        FullPageText fullPage = new FullPageText();
        results.add(evaluate(fullPage.name(), pages, fullPage::extractWithTitle));
        for (PeerExtractor peer : ExtractionEval.peers()) {
            results.add(evaluate(peer.name(), pages, peer::extractWithTitle));
        }
        return results;
    }

    /** articleflow's output as the benchmark reads it: the title, then the text. */
    static BiFunction<String, String, String> articleflow() {
        Normalizer normalizer = new Normalizer();
        return (html, url) -> {
            NormalizedText text = normalizer.normalize(null, html, ContentType.HTML);
            return text.title() == null ? text.text() : text.title() + "\n" + text.text();
        };
    }

    SegmentResult evaluate(String name, List<SegmentPage> pages, BiFunction<String, String, String> extractor) {
        Map<String, SegmentScore> scores = new LinkedHashMap<>();
        for (SegmentPage page : pages) {
            String output;
            try {
                output = extractor.apply(page.html(), page.url());
            } catch (RuntimeException e) {
                // a crash counts as an empty output, as in the benchmark
                output = "";
            }
            scores.put(page.id(), scorer.score(output, page.with(), page.without()));
        }
        return new SegmentResult(name, scores);
    }

    /** Overall precision, recall and F1 of every extractor, then F1 by language for the larger languages. */
    public void printTable(List<SegmentResult> results, List<SegmentPage> pages, String label, PrintStream out) {
        out.printf("%-16s %9s %9s %9s   (%d pages, %s)%n", "extractor", "precision", "recall", "F1", pages.size(), label);
        for (SegmentResult r : results) {
            SegmentScore t = r.total();
            out.printf("%-16s %9.3f %9.3f %9.3f%n", r.name(), t.precision(), t.recall(), t.f1());
        }
        Map<String, List<String>> idsByLanguage = new LinkedHashMap<>();
        pages.stream()
                .collect(java.util.stream.Collectors.groupingBy(SegmentPage::language, TreeMap::new,
                        java.util.stream.Collectors.mapping(SegmentPage::id, java.util.stream.Collectors.toList())))
                .entrySet().stream()
                .filter(e -> e.getValue().size() >= MIN_LANGUAGE_PAGES)
                .sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size()))
                .forEach(e -> idsByLanguage.put(e.getKey(), e.getValue()));
        if (idsByLanguage.isEmpty()) {
            return;
        }
        out.printf("%nby language (%d+ pages): articleflow P R F1, then F1 of the others%n", MIN_LANGUAGE_PAGES);
        StringBuilder header = new StringBuilder(String.format("%-8s %5s %6s %6s %6s", "language", "pages", "P", "R", "F1"));
        for (SegmentResult r : results.subList(1, results.size())) {
            header.append(String.format(" %14s", r.name()));
        }
        out.println(header);
        for (Map.Entry<String, List<String>> language : idsByLanguage.entrySet()) {
            SegmentScore own = sum(results.get(0), language.getValue());
            StringBuilder row = new StringBuilder(String.format("%-8s %5d %6.3f %6.3f %6.3f", language.getKey(),
                    language.getValue().size(), own.precision(), own.recall(), own.f1()));
            for (SegmentResult r : results.subList(1, results.size())) {
                row.append(String.format(" %14.3f", sum(r, language.getValue()).f1()));
            }
            out.println(row);
        }
    }

    private static SegmentScore sum(SegmentResult result, List<String> ids) {
        SegmentScore sum = SegmentScore.ZERO;
        for (String id : ids) {
            sum = sum.plus(result.pages().get(id));
        }
        return sum;
    }

    /** The {@code n} pages with the most wrongly judged segments, each with the segments it got wrong. */
    public void printWorst(SegmentResult result, List<SegmentPage> pages, int n, PrintStream out) {
        Map<String, SegmentPage> byId = new LinkedHashMap<>();
        pages.forEach(p -> byId.put(p.id(), p));
        out.printf("%nworst %d pages for %s by segments judged wrongly:%n", n, result.name());
        result.pages().entrySet().stream()
                .filter(e -> e.getValue().errors() > 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, SegmentScore> e) -> -e.getValue().errors())
                        .thenComparing(Map.Entry::getKey))
                .limit(n)
                .forEach(e -> {
                    SegmentPage page = byId.get(e.getKey());
                    SegmentScore s = e.getValue();
                    out.printf("%s  %s  missed %d of %d, kept %d of %d  %s%n", page.id(), page.language(), s.fn(),
                            s.tp() + s.fn(), s.fp(), s.fp() + s.tn(), page.url());
                    s.missed().forEach(segment -> out.println("    missed: " + preview(segment)));
                    s.kept().forEach(segment -> out.println("    kept:   " + preview(segment)));
                });
    }

    private static String preview(String segment) {
        String s = SegmentScorer.collapse(segment);
        return s.length() <= SEGMENT_PREVIEW_CHARS ? s : s.substring(0, SEGMENT_PREVIEW_CHARS) + "…";
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
