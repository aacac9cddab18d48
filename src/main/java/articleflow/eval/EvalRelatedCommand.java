package articleflow.eval;

import articleflow.analysis.TextAnalyzer;
import articleflow.app.OfflinePipeline;
import articleflow.app.TemporaryFolder;
import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.model.ArticleJson;
import articleflow.model.ContentType;
import articleflow.model.EnrichedArticle;
import articleflow.normalize.Normalizer;
import articleflow.related.ArticleInput;
import articleflow.related.ArticleTerms;
import articleflow.related.DocumentFrequencies;
import articleflow.related.FrozenDocumentFrequencies;
import articleflow.related.IndexedTerms;
import articleflow.related.LinkedArticle;
import articleflow.related.PartitionDocumentFrequencies;
import articleflow.related.RelatedSettings;
import articleflow.related.RelatedView;
import articleflow.related.StreamingSimulator;
import articleflow.related.quality.BatchBaseline;
import articleflow.related.quality.CandidateRecall;
import articleflow.related.quality.DuplicateSelfTest;
import articleflow.related.quality.RankingScores;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code eval related}: related-article quality on articles labelled with their story (ECB+'s JSON lines),
 * through the streaming path (for now the in-memory {@link StreamingSimulator} with several partitions), in a
 * fixed, the reversed and a shuffled arrival order, beside a plain batch TF-IDF cosine baseline of the same
 * run; and the near-duplicate self-test.
 */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = "Scores related-article lists (P@1/5/10, R@10, R-precision, coverage) against story labels, "
                + "streaming vs a batch TF-IDF baseline, in several arrival orders; and the near-duplicate self-test.")
public final class EvalRelatedCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE",
            description = "JSON lines with id, story, title, text and url (ECB+ dev: articles.jsonl).")
    Path data;

    @Option(names = "--partitions", defaultValue = "4", description = "Partitions of the --diagnostics simulator (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--seed", defaultValue = "20241129", description = "Seed of the fixed order and the interleaving.")
    long seed;

    @Option(names = "--language", defaultValue = "en", description = "Language of records without one (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--min-score", description = "Score threshold (default: the product's).")
    Double minScore;

    @Option(names = "--profile-terms", description = "Terms per profile in the --diagnostics simulator (default: the product's).")
    Integer profileTerms;

    @Option(names = "--block-terms", description = "Block terms per article in the --diagnostics simulator (default: the product's).")
    Integer blockTerms;

    @Option(names = "--duplicate-resemblance",
            description = "Resemblance from which texts are near-duplicates in the --diagnostics simulator (default: the "
                    + "product's); 1 all but turns "
                    + "the duplicate rules off, to see what they cost in recall.")
    Double duplicateResemblance;

    @Option(names = "--duplicates-selftest", description = "Only run the near-duplicate self-test.")
    boolean duplicatesOnly;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "A setting of the enrich path, as for `enrich` (e.g. -D articleflow.related.min.score=0.2).")
    Map<String, String> overrides = new java.util.LinkedHashMap<>();

    @Option(names = "--diagnostics", description = "Also run the in-memory streaming simulator (1, 4 and 16 partitions,"
            + " frozen document frequencies, duplicate rules off) and print message and state sizes.")
    boolean diagnostics;

    @Spec
    CommandSpec spec;

    private static final Normalizer NORMALIZER = new Normalizer();
    private static final long START = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

    /** One labelled article: its input to the related stage and its story. */
    record Labelled(ArticleInput input, String story) {
    }

    @Override
    public Integer call() throws IOException {
        requireUsableOptions();
        PrintWriter out = spec.commandLine().getOut();
        TextAnalyzer analyzer = new TextAnalyzer();
        if (!duplicatesOnly) {
            if (data == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--data is required");
            }
            evaluate(read(data, language, seed), analyzer, out);
        }
        DuplicateSelfTest.Result dup = DuplicateSelfTest.run(analyzer, RelatedSettings.DEFAULT);
        out.printf(Locale.ROOT, "%nnear-duplicate self-test (%d articles written for it, %d generated variants; "
                        + "%d positive and %d negative pairs):%n", dup.originals(), dup.variants(), dup.positives(),
                dup.negatives());
        out.printf(Locale.ROOT, "  pairs (LSH bands + resemblance >= %.2f): precision %.3f  recall %.3f "
                        + "(lowest positive resemblance %.2f, highest negative %.2f)%n",
                RelatedSettings.DEFAULT.duplicateResemblance(), dup.precision(), dup.recall(), dup.lowestPositive(),
                dup.highestNegative());
        out.printf(Locale.ROOT, "  streaming duplicate_of: %d of %d copies name their original, %d originals marked%n",
                dup.copiesNamingOriginal(), dup.copies(), dup.originalsMarked());
        out.flush();
        return 0;
    }

    private void evaluate(List<Labelled> articles, TextAnalyzer analyzer, PrintWriter out) throws IOException {
        Map<String, String> stories = new HashMap<>();
        articles.forEach(a -> stories.put(a.input().id(), a.story()));
        out.printf(Locale.ROOT, "%d articles, %d stories from %s, through the enrich path (the streaming topology in one"
                + " partition) with lists of 10 (the product shows %d)%n", articles.size(),
                stories.values().stream().distinct().count(), data, RelatedSettings.DEFAULT.listSize());
        out.printf(Locale.ROOT, "%-38s %6s %6s %6s %6s %6s %8s %6s %5s%n", "run", "P@1", "P@5", "P@10", "R@10",
                "R-prec", "coverage", "dups", "revs");
        List<Labelled> reversedOrder = new ArrayList<>(articles);
        Collections.reverse(reversedOrder);
        List<Labelled> shuffledOrder = new ArrayList<>(articles);
        Collections.shuffle(shuffledOrder, new Random(seed + 1));
        Map<String, String> duplicateOf = new HashMap<>();
        RankingScores fixedScores = enrichPath("articleflow, fixed order", articles, stories, duplicateOf, out);
        RankingScores reversedScores = enrichPath("articleflow, reversed order", reversedOrder, stories, new HashMap<>(), out);
        RankingScores shuffledScores = enrichPath("articleflow, shuffled order", shuffledOrder, stories, new HashMap<>(), out);
        List<ArticleInput> inputs = articles.stream().map(Labelled::input).toList();
        Map<String, List<String>> batch = BatchBaseline.rank(inputs, analyzer, 10);
        print("batch TF-IDF cosine baseline", RankingScores.of(batch, stories), -1, -1, out);
        // the lists show one article of a near-duplicate group by design; the labels count the others as missed
        print("  the same, a duplicate group once", RankingScores.of(batch, stories, duplicateOf), -1, -1, out);
        long acrossStories = duplicateOf.entrySet().stream()
                .filter(mark -> !stories.get(mark.getKey()).equals(stories.get(mark.getValue()))).count();
        out.printf(Locale.ROOT, "duplicate marks (fixed order): %d, %d of them naming an article of another story; "
                + "\"a duplicate group once\" scores a same-story group as one article, by the fixed order's marks%n",
                duplicateOf.size(), acrossStories);
        out.printf(Locale.ROOT, "P@5 difference between orders: reversed %+.4f, shuffled %+.4f%n",
                reversedScores.p5() - fixedScores.p5(), shuffledScores.p5() - fixedScores.p5());
        CandidateRecall.Result blocking = CandidateRecall.of(inputs, stories, analyzer, RelatedSettings.DEFAULT);
        out.printf(Locale.ROOT, "term blocking (fixed order, one partition): %.1f candidate pairs scored per article, "
                        + "%.3f of same-story pairs share a bucket%n", blocking.candidatesPerArticle(),
                blocking.storyPairRecall());
        if (diagnostics) {
            out.printf(Locale.ROOT, "%ndiagnostics: the related stage alone, in the in-memory streaming simulator%n");
            simulate(articles, analyzer, out);
        }
    }

    /**
     * The articles as raw records through {@link OfflinePipeline}, the topology {@code enrich} runs, with lists of
     * 10; scores the final related lists of the enriched records.
     */
    private RankingScores enrichPath(String name, List<Labelled> order, Map<String, String> stories,
                                     Map<String, String> duplicateOf, PrintWriter out) throws IOException {
        ArticleflowConfig config = ArticleflowConfig.load(null, Map.of(), overrides)
                .with(ArticleflowConfig.PREFIX + "related.links", "10");
        if (minScore != null) {
            config = config.with(ArticleflowConfig.PREFIX + "related.min.score", String.valueOf(minScore));
        }
        Map<String, List<String>> links = new HashMap<>();
        int duplicates = 0;
        long rejected;
        long revisions;
        try (TemporaryFolder state = TemporaryFolder.create("articleflow-eval-related-")) {
            long[] refused = {0};
            try (OfflinePipeline pipeline = new OfflinePipeline(config, state.path(), PipelineEvents.NONE, letter -> refused[0]++)) {
                for (Labelled article : order) {
                    pipeline.offer(article.input().id().getBytes(StandardCharsets.UTF_8), rawRecord(article.input()),
                            Instant.ofEpochMilli(article.input().publishedAtMillis()));
                }
                pipeline.flush();
                for (Labelled article : order) {
                    EnrichedArticle enriched = pipeline.latest(article.input().id());
                    List<String> ids = new ArrayList<>();
                    if (enriched != null) {
                        enriched.neighbors().related().forEach(link -> ids.add(link.id()));
                        if (enriched.duplicateOf() != null) {
                            duplicates++;
                            duplicateOf.put(article.input().id(), enriched.duplicateOf());
                        }
                    }
                    links.put(article.input().id(), ids);
                }
                revisions = pipeline.revisionsEmitted();
            }
            rejected = refused[0];
        }
        RankingScores scores = RankingScores.of(links, stories);
        print(name, scores, duplicates, (double) revisions / order.size(), out);
        print("  the same, a duplicate group once", RankingScores.of(links, stories, duplicateOf), -1, -1, out);
        if (rejected > 0) {
            out.printf(Locale.ROOT, "  (%d records dead-lettered; scored as empty lists)%n", rejected);
        }
        return scores;
    }

    /** A raw article as a publisher would send it: the text as the body, the url only when it is a web address. */
    private static byte[] rawRecord(ArticleInput input) {
        Map<String, Object> raw = new java.util.LinkedHashMap<>();
        raw.put("id", input.id());
        raw.put("source", input.source());
        String url = input.url() == null ? null : input.url().strip();
        if (url != null && (url.startsWith("http://") || url.startsWith("https://")) && url.indexOf(' ') < 0) {
            raw.put("url", url);
        }
        raw.put("title", input.title());
        raw.put("body", input.text());
        raw.put("content_type", "text/plain");
        raw.put("published_at", input.publishedAt());
        raw.put("language", input.language());
        return ArticleJson.toBytes(raw);
    }

    /** Every option checked before the data is read, so that a typo costs no run. */
    private void requireUsableOptions() {
        if (partitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1: " + partitions);
        }
        if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-score must be in [0, 1]: " + minScore);
        }
        if (duplicateResemblance != null && !(duplicateResemblance > 0 && duplicateResemblance <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--duplicate-resemblance must be in (0, 1]: " + duplicateResemblance);
        }
        for (Map.Entry<String, String> setting : overrides.entrySet()) {
            if (setting.getKey().isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "-D needs a setting's name before the '=': -D =" + setting.getValue());
            }
        }
        if (!TextAnalyzer.canonicalLanguage(language).matches("[a-z]{2,3}")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--language takes an ISO 639-1 code such as en or de: " + language);
        }
        try {
            simulatorSettings();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--profile-terms and --block-terms must be at "
                    + "least 1, and block terms no more than profile terms");
        }
    }

    /** The related settings of the simulator {@code --diagnostics} runs: the product's, changed by the options. */
    private RelatedSettings simulatorSettings() {
        RelatedSettings settings = RelatedSettings.DEFAULT.withListSize(10);
        if (minScore != null) {
            settings = settings.withMinScore(minScore);
        }
        if (duplicateResemblance != null) {
            settings = settings.withDuplicateResemblance(duplicateResemblance);
        }
        if (profileTerms != null || blockTerms != null) {
            settings = settings.withProfile(profileTerms != null ? profileTerms : settings.profileTerms(),
                    blockTerms != null ? blockTerms : settings.blockTerms());
        }
        return settings;
    }

    private void simulate(List<Labelled> articles, TextAnalyzer analyzer, PrintWriter out) {
        RelatedSettings settings = simulatorSettings();
        Map<String, String> storyOf = new HashMap<>();
        List<ArticleInput> inputs = new ArrayList<>();
        for (Labelled a : articles) {
            storyOf.put(a.input().id(), a.story());
            inputs.add(a.input());
        }
        long stories = storyOf.values().stream().distinct().count();
        out.printf(Locale.ROOT, "%d articles, %d stories from %s; %d partitions; lists of %d (product default %d), "
                        + "score >= %.2f, horizon %d days, profiles of %d terms, %d block terms, bucket cap %d%n",
                inputs.size(), stories, data, partitions, settings.listSize(), RelatedSettings.DEFAULT.listSize(),
                settings.minScore(), settings.horizon().toDays(), settings.profileTerms(), settings.blockTerms(),
                settings.bucketCap());
        out.printf(Locale.ROOT, "%-38s %6s %6s %6s %6s %6s %8s %6s %5s%n", "run", "P@1", "P@5", "P@10", "R@10",
                "R-prec", "coverage", "dups", "revs");

        List<ArticleInput> fixed = inputs;
        List<ArticleInput> reversed = new ArrayList<>(inputs);
        Collections.reverse(reversed);
        List<ArticleInput> shuffled = new ArrayList<>(inputs);
        Collections.shuffle(shuffled, new Random(seed + 1));

        Supplier<DocumentFrequencies> live = PartitionDocumentFrequencies::new;
        Run streamFixed = stream("streaming, fixed order", fixed, settings, live, analyzer, storyOf, out);
        Run streamReversed = stream("streaming, reversed order", reversed, settings, live, analyzer, storyOf, out);
        Run streamShuffled = stream("streaming, shuffled order", shuffled, settings, live, analyzer, storyOf, out);

        List<IndexedTerms> all = new ArrayList<>();
        for (ArticleInput a : inputs) {
            all.add(ArticleTerms.of(analyzer, a.language(), a.title(), a.text())
                    .indexed(a.id(), a.version(), a.publishedAtMillis(), settings.maxDistinctTerms()));
        }
        FrozenDocumentFrequencies frozenTable = FrozenDocumentFrequencies.of(all);
        Supplier<DocumentFrequencies> frozen = () -> frozenTable;
        Run frozenFixed = stream("streaming, frozen DF, fixed", fixed, settings, frozen, analyzer, storyOf, out);
        Run frozenReversed = stream("streaming, frozen DF, reversed", reversed, settings, frozen, analyzer, storyOf, out);
        Run frozenShuffled = stream("streaming, frozen DF, shuffled", shuffled, settings, frozen, analyzer, storyOf, out);

        int chosen = partitions;
        for (int p : new int[] {1, 16}) {
            if (p != chosen) {
                partitions = p;
                stream("streaming, fixed, " + p + " partition" + (p == 1 ? "" : "s"), fixed, settings, live, analyzer,
                        storyOf, out);
            }
        }
        partitions = chosen;
        stream("streaming, fixed, duplicate rules off", fixed, settings.withDuplicateResemblance(1.0), live, analyzer,
                storyOf, out);

        Map<String, List<String>> baseline = BatchBaseline.rank(inputs, analyzer, settings.listSize());
        print("batch TF-IDF cosine baseline", RankingScores.of(baseline, storyOf), -1, -1, out);

        out.printf(Locale.ROOT, "%nP@5 difference between orders (live per-partition DF): reversed %+.4f, shuffled %+.4f%n",
                streamReversed.scores.p5() - streamFixed.scores.p5(), streamShuffled.scores.p5() - streamFixed.scores.p5());
        out.printf(Locale.ROOT, "frozen DF: lists identical in all three orders: %s (%d of %d articles differ)%n",
                frozenFixed.links.equals(frozenReversed.links) && frozenFixed.links.equals(frozenShuffled.links),
                differing(frozenFixed.links, frozenReversed.links, frozenShuffled.links), inputs.size());
        StreamingSimulator.Stats s = streamFixed.simulator.stats();
        StreamingSimulator.StateSize size = streamFixed.simulator.stateSize();
        out.printf(Locale.ROOT, "%nmessages per article (fixed order): %.1f to buckets (largest %d B, mean %.0f B), "
                        + "%.1f to articles (largest %d B, mean %.0f B); views per article %.1f%n",
                (double) s.bucketMessages / inputs.size(), s.largestBucketMessage,
                (double) s.bucketBytes / Math.max(1, s.bucketMessages), (double) s.articleMessages / inputs.size(),
                s.largestArticleMessage, (double) s.articleBytes / Math.max(1, s.articleMessages),
                (double) s.views / inputs.size());
        out.printf(Locale.ROOT, "state per indexed article: related state %.0f B, indexed terms %.0f B, "
                        + "bucket entries %.1f x %.0f B = %.0f B; total %.0f B%n",
                (double) size.relatedStateBytes() / size.articles(), (double) size.indexedTermsBytes() / size.articles(),
                (double) size.bucketMembers() / size.articles(),
                (double) size.bucketBytes() / Math.max(1, size.bucketMembers()),
                (double) size.bucketBytes() / size.articles(),
                (double) (size.relatedStateBytes() + size.indexedTermsBytes() + size.bucketBytes()) / size.articles());
    }

    private static int differing(Map<String, List<String>> a, Map<String, List<String>> b, Map<String, List<String>> c) {
        int n = 0;
        for (String id : a.keySet()) {
            if (!a.get(id).equals(b.get(id)) || !a.get(id).equals(c.get(id))) {
                n++;
            }
        }
        return n;
    }

    private record Run(RankingScores scores, Map<String, List<String>> links, StreamingSimulator simulator) {
    }

    private Run stream(String name, List<ArticleInput> order, RelatedSettings settings,
                       Supplier<DocumentFrequencies> frequencies, TextAnalyzer analyzer, Map<String, String> storyOf,
                       PrintWriter out) {
        StreamingSimulator simulator = new StreamingSimulator(partitions, settings, frequencies, analyzer, seed);
        for (ArticleInput a : order) {
            simulator.publish(a);
        }
        simulator.run();
        Map<String, List<String>> links = new HashMap<>();
        int duplicates = 0;
        for (RelatedView view : simulator.views().values()) {
            List<String> ids = new ArrayList<>();
            for (LinkedArticle link : view.related()) {
                ids.add(link.id());
            }
            links.put(view.id(), ids);
            if (view.duplicateOf() != null) {
                duplicates++;
            }
        }
        RankingScores scores = RankingScores.of(links, storyOf);
        double revisions = simulator.revisions().values().stream().mapToInt(Integer::intValue).average().orElse(0);
        print(name, scores, duplicates, revisions, out);
        return new Run(scores, links, simulator);
    }

    private static void print(String name, RankingScores s, int duplicates, double revisions, PrintWriter out) {
        out.printf(Locale.ROOT, "%-38s %6.3f %6.3f %6.3f %6.3f %6.3f %8.3f %6s %5s%n", name, s.p1(), s.p5(), s.p10(),
                s.r10(), s.rPrecision(), s.coverage(), duplicates < 0 ? "-" : Integer.toString(duplicates),
                revisions < 0 ? "-" : String.format(Locale.ROOT, "%.1f", revisions));
    }

    /**
     * Reads labelled articles: {@code text} is the body (through the real normalize stage), {@code source} the
     * url's host or {@code ecb-archive}, and {@code published_at} one minute apart in an order shuffled with
     * {@code seed}; the list comes back in that order.
     */
    static List<Labelled> read(Path file, String defaultLanguage, long seed) throws IOException {
        if (Files.isDirectory(file)) {
            throw EvalData.problem(file + " is a folder; --data takes a JSON lines file (ECB+ dev: articles.jsonl)");
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Labelled> rows = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // an editor's byte-order mark, which enrich and produce skip too
                }
                if (line.isBlank()) {
                    continue;
                }
                rows.add(labelled(mapper, line, defaultLanguage, file + " line " + lineNumber));
            }
        } catch (CharacterCodingException e) {
            throw EvalData.problem(file + " is not UTF-8 text" + (lineNumber > 0 ? " (after line " + lineNumber + ")" : ""));
        } catch (NoSuchFileException missing) {
            throw missing;
        } catch (IOException unreadable) {
            throw EvalData.problem("cannot read " + file + ": " + unreadable.getMessage());
        }
        if (rows.isEmpty()) {
            throw EvalData.problem("no labelled articles in " + file);
        }
        rows.sort((a, b) -> a.input().id().compareTo(b.input().id()));
        Collections.shuffle(rows, new Random(seed));
        List<Labelled> timed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ArticleInput a = rows.get(i).input();
            long at = START + i * 60_000L;
            timed.add(new Labelled(new ArticleInput(a.id(), 1, a.language(), a.title(), a.url(), a.source(),
                    Instant.ofEpochMilli(at).toString(), at, a.text()), rows.get(i).story()));
        }
        return timed;
    }

    /** One line of the data: an object with an id and a story label, or a one-line reason naming {@code where}. */
    private static Labelled labelled(ObjectMapper mapper, String line, String defaultLanguage, String where) {
        JsonNode row;
        try {
            row = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw EvalData.problem(where + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (row == null || !row.isObject()) {
            throw EvalData.problem(where + ": not a JSON object");
        }
        String id = text(row, "id");
        String story = text(row, "story");
        if (id == null || id.isBlank()) {
            throw EvalData.problem(where + ": no id");
        }
        if (story == null || story.isBlank()) {
            throw EvalData.problem(where + ": no story label (article " + id + ")");
        }
        String title = text(row, "title");
        String url = text(row, "url");
        String body = String.join("\n\n", NORMALIZER.normalize(title, nonNull(text(row, "text")),
                ContentType.PLAIN).paragraphs());
        String lang = text(row, "language") != null ? text(row, "language") : defaultLanguage;
        return new Labelled(new ArticleInput(id, 1, lang, title, url, sourceOf(url), null, 0, body), story);
    }

    static String sourceOf(String url) {
        if (url == null || url.isBlank()) {
            return "ecb-archive";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "ecb-archive" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "ecb-archive";
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
