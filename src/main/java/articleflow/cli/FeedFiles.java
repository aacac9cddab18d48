package articleflow.cli;

import articleflow.app.JsonLines;
import articleflow.app.RawLine;
import articleflow.events.LogSafe;
import articleflow.model.ArticleJson;
import articleflow.model.RawArticle;
import articleflow.model.RawArticleException;
import articleflow.normalize.PageDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads what a publisher wants to send: JSON-lines files as they are, .txt/.html pages, one article each, turned
 * into raw article JSON, or a folder of either. Records are keyed by article id where the line names one, as
 * a publisher's producer should key them.
 */
final class FeedFiles {

    private FeedFiles() {
    }

    /** A record to send and where it came from ({@code file:line}), for what a tool says about it. */
    record FeedRecord(RawLine record, String origin) {
    }

    /**
     * What a file gave: the records to send, one line for each line that cannot be sent at all, and one for each
     * line sent under a key of ours (to say once it is sent).
     */
    record Feed(List<FeedRecord> records, List<String> refused, List<String> keyedByPlace) {

        Feed(List<FeedRecord> records, List<String> refused) {
            this(records, refused, List.of());
        }

        List<RawLine> rawLines() {
            return records.stream().map(FeedRecord::record).toList();
        }
    }

    /** The records of one file or folder; one that exists but cannot be read is the user's data, in one line. */
    static Feed read(Path path, String source) throws IOException {
        try {
            return readUnchecked(path, source);
        } catch (CharacterCodingException | NoSuchFileException | DataError known) {
            throw known;
        } catch (IOException unreadable) {
            throw new DataError("cannot read " + path + ": " + unreadable.getMessage());
        } catch (UncheckedIOException unreadable) {
            throw new DataError("cannot read " + path + ": " + unreadable.getCause().getMessage());
        }
    }

    private static Feed readUnchecked(Path path, String source) throws IOException {
        if (Files.isDirectory(path)) {
            return folder(path, source);
        }
        if (isPageFile(path)) {
            if (source == null) {
                throw new IllegalArgumentException("a page needs --source, the publisher of the page");
            }
            RawLine page = page(path, source);
            return new Feed(List.of(new FeedRecord(page, path.toString())), List.of());
        }
        return feed(path);
    }

    private static Feed feed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return keyedLines(JsonLines.all(in), file.getFileName().toString());
        }
    }

    /** A folder's feeds as feeds and its pages as pages, in name order; other files are not read. */
    private static Feed folder(Path folder, String source) throws IOException {
        List<FeedRecord> records = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> keyedByPlace = new ArrayList<>();
        for (Path file : sortedFiles(folder)) {
            if (!isFeed(file) && !isPage(file)) {
                continue;
            }
            // a page saved by curl without --compressed is gzip bytes named .html: refused before any is sent
            if (isFeed(file)) {
                InputKind.requireUtf8Lines(file, "");
                Feed feed = feed(file);
                records.addAll(feed.records());
                refused.addAll(feed.refused());
                keyedByPlace.addAll(feed.keyedByPlace());
            } else {
                InputKind.requireText(file);
                if (source == null) {
                    throw new IllegalArgumentException("a folder of pages needs --source, the publisher of the pages");
                }
                RawLine page = page(file, source);
                records.add(new FeedRecord(page, file.toString()));
            }
        }
        return new Feed(records, refused, keyedByPlace);
    }

    /** Whether {@code folder} holds a page, which only --source can give a publisher. */
    static boolean hasPages(Path folder) throws IOException {
        return sortedFiles(folder).stream().anyMatch(FeedFiles::isPage);
    }

    private static List<Path> sortedFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * A compacted topic refuses records without a key, so a line whose id cannot be read (broken JSON, no id or
     * url, as in {@code {}}) is keyed by its place in the file: accept then dead-letters it with its reason, as it
     * should. A line with a source and a body but no id is not sent: accept would take that key as its id. Lines are
     * bytes: one with invalid UTF-8 is sent as it is, and a byte-order mark does not hide its id.
     */
    static Feed keyedLines(List<byte[]> lines, String fileName) {
        List<FeedRecord> records = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> keyedByPlace = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i);
            String origin = fileName + ":" + (i + 1);
            if (JsonLines.isBlank(line)) {
                continue;
            }
            RawLine record = RawLine.of(line);
            if (record.key() == null) {
                Identified identified = idOf(record.value());
                if (identified.acceptableUnderAnyKey()) {
                    // the job takes the key as the id: a key of ours would publish it under the name of a line
                    refused.add(origin + ": required field id or url is missing; not sent");
                    continue;
                }
                String key = identified.id() != null ? identified.id() : origin;
                if (identified.id() == null) {
                    keyedByPlace.add(LogSafe.quote(origin) + " has no readable id; sent with key " + LogSafe.quote(key));
                }
                record = new RawLine(key.getBytes(StandardCharsets.UTF_8), record.value());
            }
            records.add(new FeedRecord(record, origin));
        }
        return new Feed(records, refused, keyedByPlace);
    }

    static List<RawLine> keyedStrings(List<String> lines, String fileName) {
        return keyedLines(lines.stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList(), fileName).rawLines();
    }

    /**
     * The id a line's article names (null when none), and whether it has the source and body that the job checks
     * before it looks at the key: a line without them is dead-lettered as missing_field whatever its key.
     */
    private record Identified(String id, boolean hasSourceAndBody) {

        boolean acceptableUnderAnyKey() {
            return id == null && hasSourceAndBody;
        }
    }

    private static Identified idOf(byte[] value) {
        try {
            RawArticle article = ArticleJson.readRawArticle(value);
            String id = article.id() != null && !article.id().isBlank() ? article.id() : article.url();
            boolean hasSourceAndBody = article.source() != null && !article.source().isBlank() && article.body() != null;
            return new Identified(id == null || id.isBlank() ? null : id, hasSourceAndBody);
        } catch (RawArticleException notAnArticle) {
            return new Identified(null, false);
        }
    }

    /** In a folder, a .jsonl, .ndjson or .json file is JSON lines, sent as they are. */
    static boolean isFeed(Path file) {
        String lower = lowerCaseName(file);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
    }

    /** In a folder, a .html, .htm or .txt file is one article's page. */
    static boolean isPage(Path file) {
        return isHtml(file) || lowerCaseName(file).endsWith(".txt");
    }

    private static boolean isHtml(Path file) {
        String lower = lowerCaseName(file);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static String lowerCaseName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A file named on its own is a page when it is .html or .htm, or .txt not opening with "{": a .txt file of
     * JSON lines stays a feed, as it always was.
     */
    static boolean isPageFile(Path file) {
        if (!isPage(file) || Files.isDirectory(file)) {
            return false;
        }
        return isHtml(file) || firstNonBlank(file) != '{';
    }

    private static int firstNonBlank(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b;
        } catch (IOException unreadable) {
            throw new DataError("cannot read " + file + ": " + unreadable.getMessage());
        }
    }

    /** One page as a raw article: its file name (without the extension) is its id, its modification time its time. */
    private static RawLine page(Path file, String source) throws IOException {
        String name = file.getFileName().toString();
        boolean html = isHtml(file);
        String id = name.substring(0, name.lastIndexOf('.'));
        // a saved page keeps the bytes its server sent, in the charset it declares; text files are UTF-8
        String body;
        try {
            body = html ? PageDecoder.decode(Files.readAllBytes(file)) : Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            throw new DataError(file + " is not UTF-8 text (a .txt page is read as UTF-8)");
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("source", source);
        article.put("body", body);
        article.put("content_type", html ? "text/html" : "text/plain");
        if (!html) {
            article.put("title", body.strip().lines().findFirst().orElse(id));
        }
        article.put("published_at", Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()).toString());
        return new RawLine(id.getBytes(StandardCharsets.UTF_8), ArticleJson.toBytes(article));
    }
}
