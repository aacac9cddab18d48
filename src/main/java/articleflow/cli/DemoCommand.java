package articleflow.cli;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
import articleflow.accept.Verdict;
import articleflow.accept.Withdrawal;
import articleflow.app.JobLauncher;
import articleflow.app.RawLine;
import articleflow.app.StreamingJob;
import articleflow.app.TemporaryFolder;
import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import articleflow.ops.LagReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What a newcomer runs first: {@code run --embedded} plus a sample feed, the enriched records printed as they
 * arrive, and an exit once the job has caught up with everything it was given.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, header = "Start an embedded broker and the streaming job, publish a sample feed, and print what comes out.",
        description = "Prints bootstrap.servers=HOST:PORT of the embedded broker first, for another shell. "
                + "Exits once every article has been enriched and the input lag is zero (or keeps going with --follow, "
                + "serving the status page, /health, /ready, /metrics and /lag on port 8080 unless --no-http). "
                + "The temporary folder is removed at exit, also on Ctrl-C or SIGTERM.")
final class DemoCommand implements Callable<Integer> {

    private static final String SAMPLE_FEED = "samples/sample-feed.jsonl";
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

    @Option(names = "--follow", description = "Keep the job running after the sample feed (Ctrl-C stops it).")
    boolean follow;

    @Option(names = "--feed", paramLabel = "FILE", description = "Publish this JSON-lines feed instead of the bundled sample.")
    Path feed;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the broker and state live (default: a temporary folder, removed at exit).")
    Path dataDir;

    @Mixin
    ConfigOptions config;

    @Mixin
    HttpOptions http;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * demo brings its own broker, so its help leaves out the --bootstrap-server it shares with the other commands;
     * the option still parses, so that giving it is refused with a line that says where to go instead.
     */
    static void hideBootstrapServer(picocli.CommandLine.Model.CommandSpec demo) {
        picocli.CommandLine.Model.OptionSpec shared = demo.findOption("--bootstrap-server");
        demo.remove(shared);
        demo.addOption(picocli.CommandLine.Model.OptionSpec.builder(shared).hidden(true).build());
    }

    @Override
    public Integer call() throws Exception {
        // everything the user gave is checked before the broker starts: a typo costs no broker start
        DataError.requireFile(feed, "--feed");
        if (config.bootstrapServers != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "demo starts a broker of its own and "
                    + "takes no --bootstrap-server; against a cluster of yours, use `run` and `produce`");
        }
        List<String> lines = feedLines();
        ArticleflowConfig configured = http.apply(config.load());
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("articleflow-demo-");
        try (JobLauncher launcher = new JobLauncher()) {
            // Ctrl-C or SIGTERM ends the JVM without running the finally below: the hook removes the folder
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                launcher.close();
                if (dataDir == null) {
                    TemporaryFolder.delete(dir);
                }
            }, "articleflow-shutdown"));
            launcher.closedByShutdownHook();
            StreamingJob job = launcher.startMonitored(configured, dir, false, follow && !http.disabled);
            ArticleflowConfig settings = launcher.config();
            if (!job.awaitRunning(Duration.ofSeconds(60))) {
                if (Main.jvmStopping()) {
                    // Ctrl-C while starting: the shutdown hook stops the job and the broker, and says so
                    return 130;
                }
                System.err.println("articleflow: the streaming job did not reach RUNNING within 60 s");
                return 1;
            }
            List<RawLine> records = FeedFiles.keyedStrings(lines, feed == null ? "sample-feed.jsonl" : feed.getFileName().toString());
            Expectation expected = Expectation.of(records, settings);
            ProduceCommand.send(settings, records.stream().map(record -> new FeedFiles.FeedRecord(record, "sample")).toList());
            System.out.printf("published %d records to %s; waiting for %d articles and %d dead letters%n%n",
                    records.size(), settings.rawTopic(), expected.ids.size(), expected.deadLetters);
            Outcome outcome = watch(settings, expected);
            System.out.printf("%ndemo: %d articles enriched in %d revisions, %d withdrawn, %d dead letters, input lag %d%s%n",
                    outcome.ids.size(), outcome.revisions, outcome.withdrawn, outcome.deadLetters, outcome.lag,
                    outcome.complete ? "" : " (gave up waiting after " + GIVE_UP_AFTER.toMinutes() + " min)");
            if (follow) {
                System.out.println("following; Ctrl-C stops the job and the broker");
                job.awaitStop();
            }
            return outcome.complete ? 0 : 1;
        } finally {
            if (dataDir == null) {
                TemporaryFolder.delete(dir);
            }
        }
    }

    private List<String> feedLines() throws IOException {
        if (feed != null) {
            // a compressed or binary feed is named as enrich and produce name it, not as text that fails to decode
            InputKind.requireUtf8Lines(feed, "--feed");
            try {
                return Files.readAllLines(feed, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                throw new DataError(feed + " is not UTF-8 text (--feed)");
            } catch (IOException unreadable) {
                throw new DataError("cannot read " + feed + " (--feed): " + unreadable.getMessage());
            }
        }
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(SAMPLE_FEED)) {
            if (in == null) {
                throw new IllegalStateException("the sample feed " + SAMPLE_FEED + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** What the feed should produce: the ids that end up published, and how many records accept refuses. */
    record Expectation(Set<String> ids, int deadLetters) {
        static Expectation of(List<RawLine> records, ArticleflowConfig settings) {
            ArticleValidator validator = new ArticleValidator(settings.maxBodyBytes());
            Set<String> ids = new LinkedHashSet<>();
            int bad = 0;
            for (RawLine record : records) {
                String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
                Verdict verdict = validator.decide(key, record.value(), Instant.now());
                if (verdict instanceof AcceptedArticle article) {
                    ids.add(article.id());
                } else if (verdict instanceof Withdrawal withdrawal) {
                    ids.remove(withdrawal.id());
                } else {
                    bad++;
                }
            }
            return new Expectation(ids, bad);
        }
    }

    static final class Outcome {
        final Set<String> ids = new HashSet<>();
        /** Ids a stage after accept refused (empty_text, say): accept cannot foresee them, and no revision comes. */
        final Set<String> refused = new HashSet<>();
        long revisions;
        long withdrawn;
        long deadLetters;
        long lag = -1;
        boolean complete;

        void deadLetter(ConsumerRecord<byte[], byte[]> record) {
            deadLetters++;
            if (record.key() != null) {
                refused.add(new String(record.key(), StandardCharsets.UTF_8));
            }
        }

        /** Every expected article published or refused, and at least the dead letters accept foresaw. */
        boolean covers(Expectation expected) {
            return expected.ids().stream().allMatch(id -> ids.contains(id) || refused.contains(id))
                    && deadLetters >= expected.deadLetters();
        }
    }

    private Outcome watch(ArticleflowConfig settings, Expectation expected) {
        ArticlePrinter printer = new ArticlePrinter(System.out);
        Outcome outcome = new Outcome();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(settings, null);
             Admin admin = KafkaClients.admin(settings)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(settings.enrichedTopic(), settings.dlqTopic())) {
                consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            LagReader lag = new LagReader(admin, KafkaClients.consumerSettings(settings));
            // related news waits in a store, not a topic: lag 0 must last that long, and a commit more, to be the end
            long quietNanos = settings.relatedEnabled()
                    ? settings.relatedPublishDelay().plusSeconds(1).toNanos() : 0;
            long caughtUpSince = -1;
            while (System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> polled = consumer.poll(Duration.ofMillis(500));
                if (!polled.isEmpty()) {
                    caughtUpSince = -1;
                }
                for (ConsumerRecord<byte[], byte[]> record : polled) {
                    if (record.topic().equals(settings.dlqTopic())) {
                        printer.deadLetter(record);
                        outcome.deadLetter(record);
                    } else {
                        printer.enriched(record);
                        String id = new String(record.key(), StandardCharsets.UTF_8);
                        if (record.value() == null) {
                            outcome.withdrawn++;
                            outcome.ids.remove(id);
                        } else {
                            outcome.revisions++;
                            outcome.ids.add(id);
                        }
                    }
                }
                boolean allSeen = outcome.covers(expected);
                if (allSeen) {
                    outcome.lag = lag.read(settings.applicationId(), null).total();
                    // caught up: the job has processed everything, and we have read everything it committed
                    if (outcome.lag == 0 && caughtUp(consumer, partitions)) {
                        long now = System.nanoTime();
                        caughtUpSince = caughtUpSince < 0 ? now : caughtUpSince;
                        if (now - caughtUpSince >= quietNanos) {
                            outcome.complete = true;
                            return outcome;
                        }
                    } else {
                        caughtUpSince = -1;
                    }
                }
            }
            return outcome;
        }
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
        var ends = consumer.endOffsets(partitions);
        return partitions.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp));
    }
}
