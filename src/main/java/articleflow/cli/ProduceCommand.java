package articleflow.cli;

import articleflow.app.RawLine;
import articleflow.config.ArticleflowConfig;
import articleflow.events.LogSafe;
import articleflow.ops.KafkaClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "produce", mixinStandardHelpOptions = true, header = "Publish raw articles to articles.raw, as a publisher would.",
        description = "FILE is JSON lines (one raw article per line; {\"id\":…,\"withdrawn\":true} sends a withdrawal), "
                + "or a .txt/.html page, one article each (needs --source), or a folder of them: its .jsonl/.ndjson/.json "
                + "files are sent as JSON lines, its .html/.htm/.txt files as pages. A page is decoded "
                + "with the charset it declares (byte-order mark, <meta charset>, http-equiv), else UTF-8; JSON lines "
                + "and .txt are read as UTF-8.")
final class ProduceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON-lines files, pages, or folders of them.")
    List<Path> files;

    @Option(names = "--source", description = "Publisher of the pages (.txt/.html files, alone or in a folder).")
    String source;

    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (source != null && source.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--source needs the publisher's name");
        }
        for (Path file : files) {
            DataError.requireFileOrFolder(file, "FILE");
            if (Files.isRegularFile(file)) {
                // before the page check: a gzip-compressed .txt is not a page wanting --source
                if (FeedFiles.isPageFile(file)) {
                    InputKind.requireText(file);
                } else {
                    InputKind.requireUtf8Lines(file, "");
                }
            }
            if (Files.isDirectory(file) && source == null && FeedFiles.hasPages(file)) {
                throw new ParameterException(spec.commandLine(),
                        file + " holds pages (.html, .htm, .txt): give their publisher with --source NAME");
            }
            if (FeedFiles.isPageFile(file) && source == null) {
                throw new ParameterException(spec.commandLine(),
                        file + " is a page: give its publisher with --source NAME");
            }
        }
        ArticleflowConfig settings = config.load();
        List<FeedFiles.FeedRecord> records = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> keyedByPlace = new ArrayList<>();
        for (Path file : files) {
            FeedFiles.Feed feed = FeedFiles.read(file, source);
            records.addAll(feed.records());
            refused.addAll(feed.refused());
            keyedByPlace.addAll(feed.keyedByPlace());
        }
        if (records.isEmpty()) {
            // an empty file or folder: nothing to wait on a cluster for
            System.out.println("produced 0 records: nothing to send in " + String.join(", ", files.stream()
                    .map(Path::toString).toList()));
        } else {
            KafkaClients.requireReachable(settings);
            Sent sent = send(settings, records);
            refused.addAll(sent.refused());
            System.out.printf("produced %d record%s to %s%s%n", sent.acknowledged(), sent.acknowledged() == 1 ? "" : "s",
                    settings.rawTopic(),
                    refused.isEmpty() ? "" : "; " + refused.size() + " not sent");
            // notes, not failures: said once the records are sent
            keyedByPlace.forEach(System.err::println);
        }
        refused.forEach(why -> System.err.println("articleflow: " + why));
        return refused.isEmpty() ? 0 : 1;
    }

    /** What a send did: how many records the broker acknowledged, and why each other one was not sent. */
    record Sent(int acknowledged, List<String> refused) {
    }

    /**
     * Sends every record; one the producer or broker refuses (too large, say) is reported and the rest still go.
     * A refusal of the principal (credentials, a missing ACL) ends the command, with one line from {@link Main}.
     */
    static Sent send(ArticleflowConfig settings, List<FeedFiles.FeedRecord> records) throws Exception {
        // a send to a missing topic would wait max.block.ms for it and then blame the cluster
        TopicCheck.requireExists(settings, settings.rawTopic());
        KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(settings);
        boolean failed = false;
        try {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (FeedFiles.FeedRecord feedRecord : records) {
                RawLine record = feedRecord.record();
                sent.add(producer.send(new ProducerRecord<>(settings.rawTopic(), record.key(), record.value())));
            }
            int acknowledged = 0;
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                try {
                    sent.get(i).get();
                    acknowledged++;
                } catch (ExecutionException e) {
                    failed = true;
                    if (e.getCause() instanceof AuthenticationException || e.getCause() instanceof AuthorizationException) {
                        throw e;
                    }
                    FeedFiles.FeedRecord record = records.get(i);
                    byte[] value = record.record().value();
                    refused.add(record.origin() + " (" + (value == null ? 0 : value.length) + " bytes) not sent: "
                            + LogSafe.quote(e.getCause().getMessage()));
                }
            }
            return new Sent(acknowledged, refused);
        } catch (Exception e) {
            failed = true;
            throw e;
        } finally {
            if (failed) {
                KafkaClients.closeAfterFailure(producer);
            } else {
                producer.close();
            }
        }
    }
}
