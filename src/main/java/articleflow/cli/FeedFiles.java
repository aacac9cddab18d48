package articleflow.cli;

import articleflow.model.ArticleJson;
import articleflow.normalize.PageDecoder;
import articleflow.topology.RawLine;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads what a publisher wants to send: JSON-lines files as they are, or a folder of .txt/.html pages, one
 * article each, turned into raw article JSON. Records are keyed by article id where the line names one, as
 * a publisher's producer should key them.
 */
final class FeedFiles {

    private FeedFiles() {
    }

    static List<RawLine> read(Path path, String source) throws IOException {
        if (Files.isDirectory(path)) {
            if (source == null) {
                throw new IllegalArgumentException("a folder of pages needs --source, the publisher of the pages");
            }
            return pages(path, source);
        }
        return keyedLines(Files.readAllLines(path, StandardCharsets.UTF_8), path.getFileName().toString());
    }

    /**
     * A compacted topic refuses records without a key, so a line whose id cannot be read (broken JSON, no id or
     * url) is keyed by its place in the file: accept then dead-letters it with its reason, as it should.
     */
    static List<RawLine> keyedLines(List<String> lines, String fileName) {
        List<RawLine> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            RawLine record = keyed(RawLine.of(line), line);
            if (record.key() == null) {
                String key = fileName + ":" + (i + 1);
                System.err.printf("line %d of %s has no readable id; sent with key %s%n", i + 1, fileName, key);
                record = new RawLine(key.getBytes(StandardCharsets.UTF_8), record.value());
            }
            records.add(record);
        }
        return records;
    }

    private static RawLine keyed(RawLine record, String line) {
        if (record.key() != null) {
            return record;
        }
        try {
            JsonNode node = ArticleJson.mapper().readTree(line);
            String id = node.hasNonNull("id") && node.get("id").isTextual() ? node.get("id").textValue()
                    : node.hasNonNull("url") && node.get("url").isTextual() ? node.get("url").textValue() : null;
            return id == null || id.isBlank() ? record : new RawLine(id.getBytes(StandardCharsets.UTF_8), record.value());
        } catch (IOException | RuntimeException notJson) {
            return record;
        }
    }

    private static List<RawLine> pages(Path folder, String source) throws IOException {
        List<RawLine> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
                if (!html && !lower.endsWith(".txt")) {
                    continue;
                }
                String id = name.substring(0, name.lastIndexOf('.'));
                // a saved page keeps the bytes its server sent, in the charset it declares; text files are UTF-8
                String body = html ? PageDecoder.decode(Files.readAllBytes(file)) : Files.readString(file, StandardCharsets.UTF_8);
                Map<String, Object> article = new LinkedHashMap<>();
                article.put("id", id);
                article.put("source", source);
                article.put("body", body);
                article.put("content_type", html ? "text/html" : "text/plain");
                if (!html) {
                    article.put("title", body.strip().lines().findFirst().orElse(id));
                }
                article.put("published_at", Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()).toString());
                records.add(new RawLine(id.getBytes(StandardCharsets.UTF_8), ArticleJson.toBytes(article)));
            }
        }
        return records;
    }
}
