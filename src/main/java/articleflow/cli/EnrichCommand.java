package articleflow.cli;

import articleflow.accept.ArticleValidator;
import articleflow.app.JsonLines;
import articleflow.app.OfflineStores;
import articleflow.app.OfflinePipeline;
import articleflow.app.RawLine;
import articleflow.app.TemporaryFolder;
import articleflow.config.ArticleflowConfig;
import articleflow.events.LogSafe;
import articleflow.events.PipelineEvents;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.model.RejectReason;
import articleflow.topology.stages.AcceptProcessor;
import articleflow.topology.errors.DeadLetterProcessingHandler;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The streaming topology over JSON-lines files, no broker: raw articles in, the final revision of every
 * enriched article out, in the order the articles first appeared, and one dead-letter line per rejected line.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Enrich raw article JSON lines offline with the same topology as `run`.")
final class EnrichCommand implements Callable<Integer> {

    /** The exit code of a run stopped by Ctrl-C, as the JVM gives it (128 + SIGINT). */
    private static final int INTERRUPTED = 130;

    /** How long Ctrl-C waits for the run to close its stores before their folder goes. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    /** Heap the in-memory stores take per byte of input: about 10 KB for a 4 KiB article, rounded up. */
    private static final long HEAP_PER_INPUT_BYTE = 3;

    @Option(names = "--in", paramLabel = "FILE", description = "Raw articles, one JSON object per line (default, or -: stdin).")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Enriched articles, one JSON object per line (default, or -: stdout).")
    Path out;

    @Option(names = "--dlq", paramLabel = "FILE", description = "Rejected lines as JSON (default: stderr).")
    Path dlq;

    /** How the run's state is kept; the output is the same either way. */
    enum Stores { AUTO, MEMORY, DISK }

    @Option(names = "--stores", paramLabel = "WHERE", defaultValue = "auto",
            description = "Where the state every article goes through is kept: memory (faster; about 2.5 times the "
                    + "input's size in heap), disk (RocksDB; bounded memory), or auto (default: memory for an --in file "
                    + "that fits in a quarter of the heap, disk otherwise and for stdin).")
    Stores stores;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws IOException {
        // every dead letter is a line of --dlq already; the job's log line for each would only repeat it on stderr
        boolean logged = DeadLetterProcessingHandler.logRejections(false);
        try {
            return enrich();
        } finally {
            DeadLetterProcessingHandler.logRejections(logged);
        }
    }

    private Integer enrich() throws IOException {
        in = standardStream(in);
        out = standardStream(out);
        dlq = standardStream(dlq);
        requireDistinct(in, "--in", out, "--out");
        requireDistinct(in, "--in", dlq, "--dlq");
        requireDistinct(out, "--out", dlq, "--dlq");
        DataError.requireFile(in, "--in");
        if (in != null && Files.isRegularFile(in)) {
            // a gzip feed or a binary given by mistake, said once rather than as a dead letter per "line"; a pipe or
            // a device is not sniffed, as reading its start would take those bytes from the run
            InputKind.requireUtf8Lines(in, "");
        }
        DataError.requireOutputFolder(out, "--out");
        DataError.requireOutputFolder(dlq, "--dlq");
        ArticleflowConfig settings = config.load();
        if (config.bootstrapServers != null) {
            System.err.println("articleflow: warning: enrich runs offline, without a cluster; --bootstrap-server is not used");
        }
        if (in == null && System.console() != null) {
            // typed at a terminal without --in: say what it waits for rather than seem to hang
            System.err.println("enrich: reading raw articles, one JSON object per line, from the terminal; Ctrl-D ends "
                    + "the input (--in FILE reads a file)");
        }
        Map<String, Long> rejectedByReason = new LinkedHashMap<>();
        List<Long> lineOfOffset = new ArrayList<>();
        AtomicLong linesRead = new AtomicLong();
        long lineCount = 0;
        long articles = 0;
        RuntimeException failure = null;
        // a file named by --out is written beside the state and moved to its name at the end (OutputFile)
        String leftBehind = out != null && (!Files.exists(out) || Files.isRegularFile(out))
                ? out + " is left as it was" : "no articles were written";
        StopBetweenRecords stop = new StopBetweenRecords();
        try (TemporaryFolder state = TemporaryFolder.create("articleflow-enrich-", () -> "articleflow: enrich interrupted after "
                     + linesRead.get() + " lines read; " + leftBehind, () -> {
                         stop.requestAndAwait(STOP_WAIT);
                     })) {
            try {
                OutputFile outFile = OutputFile.of(out, state.path(), "enriched.part");
                OutputFile dlqFile = OutputFile.of(dlq, state.path(), "rejected.part");
                try (InputStream input = open(in);
                     Writer dlqWriter = dlq == null ? stderr() : writer(Files.newOutputStream(dlqFile.writtenTo()));
                     Writer output = out == null ? stdout() : writer(Files.newOutputStream(outFile.writtenTo()))) {
                    BiConsumer<Long, OfflinePipeline.DeadLetter> writeLetter = (line, letter) -> {
                        rejectedByReason.merge(letter.reason(), 1L, Long::sum);
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("line", line);
                        entry.put("stage", letter.stage());
                        entry.put("reason", letter.reason());
                        entry.put("message", letter.message());
                        try {
                            write(dlqWriter, ArticleJson.toJson(entry));
                        } catch (UncheckedIOException e) {
                            throw new DataError("cannot write the dead letters to " + (dlq == null ? "standard error" : dlq)
                                    + ": " + e.getCause().getMessage());
                        }
                    };
                    OfflinePipeline.DeadLetterSink sink = letter -> writeLetter.accept(
                            letter.offset() >= 0 && letter.offset() < lineOfOffset.size()
                                    ? lineOfOffset.get((int) letter.offset()) : -1L, letter);
                    try (OfflinePipeline pipeline =
                                 new OfflinePipeline(settings, state.path(), PipelineEvents.NONE, sink, placement())) {
                        // a line longer than any record the job accepts is read past, not held: it is too large anyway
                        JsonLines lines = new JsonLines(input, settings.maxBodyBytes() + ArticleValidator.ENVELOPE_BYTES);
                        try {
                            while (!stop.requested() && hasNext(lines, stop)) {
                                byte[] line = lines.next();
                                lineCount++;
                                linesRead.set(lineCount);
                                if (JsonLines.isBlank(line)) {
                                    continue;
                                }
                                if (lines.lastLineCut()) {
                                    writeLetter.accept(lineCount, new OfflinePipeline.DeadLetter(-1, AcceptProcessor.STAGE,
                                            RejectReason.TOO_LARGE.code(), "line of " + lines.lastLineBytes()
                                            + " bytes exceeds the body limit of " + settings.maxBodyBytes() + " bytes"));
                                    continue;
                                }
                                RawLine raw = RawLine.of(line);
                                lineOfOffset.add(lineCount);
                                pipeline.offer(raw.key(), raw.value(), Instant.now());
                            }
                            if (stop.requested()) {
                                return INTERRUPTED; // nothing is written; the shutdown hook says so and removes the state
                            }
                            pipeline.flush();
                        } catch (RuntimeException e) {
                            // what was enriched so far is still written out, then the failure is reported
                            failure = e;
                        }
                        for (String id : pipeline.idsInFirstSeenOrder()) {
                            if (stop.requested()) {
                                return INTERRUPTED; // Ctrl-C while writing: the names keep what they held
                            }
                            EnrichedArticle article = pipeline.latest(id);
                            if (article != null) {
                                try {
                                    write(output, ArticleJson.toJson(article));
                                } catch (UncheckedIOException e) {
                                    throw new DataError("cannot write the enriched articles to "
                                            + (out == null ? "standard output" : out) + ": " + e.getCause().getMessage());
                                }
                                articles++;
                            }
                        }
                        flush(output, out, "the enriched articles");
                        flush(dlqWriter, dlq, "the dead letters");
                        DataError userData = causeOfType(failure, DataError.class);
                        if (userData != null) {
                            // the input could not be read or the dead letters written: the user's files, not the pipeline
                            throw userData;
                        }
                        if (out == null && System.out.checkError()) {
                            // System.out swallows write errors (a full disk, a closed pipe): the articles did not arrive
                            throw new DataError("cannot write the enriched articles to standard output");
                        }
                        if (stop.requested()) {
                            return INTERRUPTED;
                        }
                        long rejected = rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
                        System.err.printf("enrich: %d lines read, %d articles enriched, %d revisions, %d rejected%s%n",
                                lineCount, articles, pipeline.revisionsEmitted(), rejected,
                                rejected == 0 ? "" : " " + rejectedByReason);
                    } finally {
                        stop.storesClosed();
                    }
                }
                if (stop.requested()) {
                    return INTERRUPTED;
                }
                // written as far as the run got: only now do they replace what the names held (an error above left them)
                outFile.replaceTarget();
                dlqFile.replaceTarget();
            } finally {
                // also when the run failed before its stores opened: closing the folder then waits for nothing
                stop.storesClosed();
            }
        }
        if (failure != null) {
            System.err.println("articleflow: enrich stopped after line " + lineCount + ": "
                    + LogSafe.quote(failure.getMessage()));
            return 1;
        }
        return 0;
    }

    /**
     * An output file is written beside the run's state and moved to its name at the end, so that a run that fails
     * (an unreadable input, a full disk) or is interrupted leaves a file of that name as it was. A device or a pipe
     * (/dev/null, a FIFO) is written directly: it cannot be replaced, and holds nothing to lose.
     */
    private record OutputFile(Path target, Path part) {

        static OutputFile of(Path target, Path stateFolder, String partName) throws IOException {
            if (target == null || (Files.exists(target) && !Files.isRegularFile(target))) {
                return new OutputFile(target, null);
            }
            Path folder = Files.createDirectories(stateFolder.resolve("output"));
            // through a link to the file it names, as writing to the link would
            Path real = Files.exists(target) ? target.toRealPath() : target;
            return new OutputFile(real, folder.resolve(partName));
        }

        Path writtenTo() {
            return part != null ? part : target;
        }

        void replaceTarget() throws IOException {
            if (part != null) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** "-" is the usual name for standard input or output; null stands for it here. */
    private static Path standardStream(Path file) {
        return file != null && file.toString().equals("-") ? null : file;
    }

    /** Two options naming one file would have the output truncate the input (or each other) before it is read. */
    private static void requireDistinct(Path a, String aOption, Path b, String bOption) throws IOException {
        if (a == null || b == null) {
            return;
        }
        // devices (/dev/null, /dev/stdout) may well be named twice; only a file can be destroyed
        boolean same = Files.exists(a) && Files.exists(b)
                ? Files.isRegularFile(a) && Files.isSameFile(a, b)
                : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        if (same) {
            throw new DataError(aOption + " and " + bOption + " name the same file, " + a
                    + "; writing one would destroy the other");
        }
    }

    /** Memory when asked, or when the input is a file small enough that its state fits the heap with room to spare. */
    private OfflineStores.Placement placement() throws IOException {
        if (stores == Stores.AUTO) {
            boolean fits = in != null && Files.isRegularFile(in)
                    && Files.size(in) * HEAP_PER_INPUT_BYTE <= Runtime.getRuntime().maxMemory() / 4;
            return fits ? OfflineStores.Placement.MEMORY : OfflineStores.Placement.DISK;
        }
        return stores == Stores.MEMORY ? OfflineStores.Placement.MEMORY : OfflineStores.Placement.DISK;
    }

    /** Whether the input has another line; a read that fails (a device, a vanished file) is the user's to know. */
    private boolean hasNext(JsonLines lines, StopBetweenRecords stop) {
        stop.waitingForInput(in == null);
        try {
            return lines.hasNext();
        } catch (UncheckedIOException e) {
            throw new DataError("cannot read " + (in == null ? "standard input" : in) + ": "
                    + e.getCause().getMessage());
        } finally {
            stop.waitingForInput(false);
        }
    }

    /** Writes out what is buffered; a full disk or a closed pipe is the user's to know, in one line. */
    private static void flush(Writer writer, Path file, String what) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new DataError("cannot write " + what + " to " + (file == null ? "the standard stream" : file) + ": "
                    + e.getMessage());
        }
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static InputStream open(Path file) throws IOException {
        return file == null ? System.in : Files.newInputStream(file);
    }

    /** UTF-8 that replaces what it cannot encode rather than failing half-way through the output. */
    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
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
}
