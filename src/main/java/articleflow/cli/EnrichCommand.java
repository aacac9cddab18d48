package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.events.PipelineEvents;
import articleflow.app.OfflinePipeline;
import articleflow.app.RawLine;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The streaming topology over JSON-lines files, no broker: raw articles in, the final revision of every
 * enriched article out, in the order the articles first appeared, and one dead-letter line per rejected line.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Enrich raw article JSON lines offline with the same topology as `run`.")
final class EnrichCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE", description = "Raw articles, one JSON object per line (default: stdin).")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Enriched articles, one JSON object per line (default: stdout).")
    Path out;

    @Option(names = "--dlq", paramLabel = "FILE", description = "Rejected lines as JSON (default: stderr).")
    Path dlq;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws IOException {
        ArticleflowConfig settings = config.load();
        Path stateDir = Files.createTempDirectory("articleflow-enrich-");
        Map<String, Long> rejectedByReason = new LinkedHashMap<>();
        List<Long> lineOfOffset = new ArrayList<>();
        long lines = 0;
        long articles = 0;
        try (BufferedReader reader = open(in);
             Writer dlqWriter = dlq == null ? stderr() : Files.newBufferedWriter(dlq, StandardCharsets.UTF_8);
             Writer output = out == null ? stdout() : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            OfflinePipeline.DeadLetterSink sink = letter -> {
                rejectedByReason.merge(letter.reason(), 1L, Long::sum);
                long line = letter.offset() >= 0 && letter.offset() < lineOfOffset.size()
                        ? lineOfOffset.get((int) letter.offset()) : -1;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("line", line);
                entry.put("stage", letter.stage());
                entry.put("reason", letter.reason());
                entry.put("message", letter.message());
                write(dlqWriter, ArticleJson.toJson(entry));
            };
            try (OfflinePipeline pipeline = new OfflinePipeline(settings, stateDir, PipelineEvents.NONE, sink)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines++;
                    if (line.isBlank()) {
                        continue;
                    }
                    RawLine raw = RawLine.of(line);
                    lineOfOffset.add(lines);
                    pipeline.pipe(raw.key(), raw.value(), Instant.now());
                }
                for (String id : pipeline.idsInFirstSeenOrder()) {
                    EnrichedArticle article = pipeline.latest(id);
                    if (article != null) {
                        write(output, ArticleJson.toJson(article));
                        articles++;
                    }
                }
                long rejected = rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
                System.err.printf("enrich: %d lines read, %d articles enriched, %d revisions, %d rejected%s%n",
                        lines, articles, pipeline.revisionsEmitted(), rejected,
                        rejected == 0 ? "" : " " + rejectedByReason);
            }
        } finally {
            deleteRecursively(stateDir);
        }
        return 0;
    }

    private static BufferedReader open(Path file) throws IOException {
        return file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static Writer stdout() {
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static Writer stderr() {
        return new BufferedWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static void write(Writer writer, String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
