package articleflow.cli;

import static articleflow.cli.CommandRun.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import articleflow.app.JobLauncher;
import articleflow.config.ArticleflowConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a newcomer makes that once went through unnoticed: an output naming the input, output that never
 * arrived, values no run can use, a file of the wrong kind. Each ends in one line and its exit code, before any
 * broker or data is touched; none reports success.
 */
@Timeout(60)
class MistakenInputTest {

    private static final String ARTICLE = "{\"id\":\"a1\",\"source\":\"s\",\"title\":\"Ferry\",\"body\":\"The ferry sailed.\"}\n";

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAnOutputThatNamesTheInputAndLeaveTheInputAlone() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), ARTICLE);

        assertOneLine(CommandRun.inProcess("enrich", "--in", feed.toString(), "--out", feed.toString()),
                Main.DATA_ERROR, "--in and --out name the same file");
        assertOneLine(CommandRun.inProcess("enrich", "--in", feed.toString(), "--dlq", dir.resolve(".").resolve("feed.jsonl").toString()),
                Main.DATA_ERROR, "--in and --dlq name the same file");
        assertThat(Files.readString(feed)).isEqualTo(ARTICLE);
    }

    @Test
    void shouldReadDashAsStandardInputAndOutput() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), ARTICLE);

        CommandRun enrich = CommandRun.inProcess("enrich", "--in", feed.toString(), "--out", "-");

        assertThat(enrich.exitCode()).as(enrich.toString()).isZero();
        assertThat(enrich.stdout()).contains("\"id\":\"a1\"");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void shouldFailWhenTheEnrichedArticlesCannotBeWrittenToStandardOutput() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), ARTICLE);

        CommandRun enrich = withBrokenStandardOutput(() -> Main.commandLine().execute("enrich", "--in", feed.toString()));

        assertOneLine(enrich, Main.DATA_ERROR, "cannot write the enriched articles to standard output");
    }

    @Test
    void shouldFailWhenWhatACommandPrintedWasLost() {
        CommandRun describe = withBrokenStandardOutput(() -> Main.run("describe"));

        assertOneLine(describe, Main.DATA_ERROR, "cannot write to standard output");
    }

    @Test
    void shouldRefuseADataFolderForABrokerThatIsNotStarted() {
        assertOneLine(CommandRun.inProcess("run", "--bootstrap-server", "127.0.0.1:1", "--data-dir", dir.toString(),
                "--no-http"), Main.USAGE_ERROR, "--data-dir is the folder of the --embedded broker");
    }

    @Test
    void shouldRefuseAClusterThatAnEmbeddedBrokerWouldReplace() {
        assertOneLine(CommandRun.inProcess("run", "--embedded", "--bootstrap-server", "127.0.0.1:1", "--data-dir",
                dir.toString(), "--no-http"), Main.USAGE_ERROR, "--bootstrap-server 127.0.0.1:1 would not be used");
    }

    @Test
    void shouldRefuseAPortOutOfRangeAsAUsageErrorAsItDoesAPortThatIsNoNumber() {
        assertOneLine(CommandRun.inProcess("run", "--bootstrap-server", "127.0.0.1:1", "--http-port", "70000"),
                Main.USAGE_ERROR, "--http-port must be a port from 0 to 65535, not 70000");
        assertOneLine(CommandRun.inProcess("demo", "--http-port", "-1"), Main.USAGE_ERROR,
                "--http-port must be a port from 0 to 65535, not -1");
        assertOneLine(CommandRun.inProcess("demo", "--http-port", "abc"), Main.USAGE_ERROR, "'abc' is not an int");
    }

    @Test
    void shouldRefuseASettingWithoutAName() {
        assertOneLine(CommandRun.inProcess("describe", "-D", "=3"), Main.USAGE_ERROR,
                "-D needs a setting's name before the '=': -D =3");
    }

    @Test
    void shouldRefuseABadKafkaValueBeforeContactingTheCluster() {
        // the tools set their own timeouts over the user's, so the bad value used to surface as an unreachable cluster
        assertOneLine(CommandRun.inProcess("lag", "--bootstrap-server", "127.0.0.1:1", "-D", "request.timeout.ms=abc"),
                Main.CONFIGURATION_ERROR, "bad value for request.timeout.ms");
    }

    @Test
    void shouldSayInOneLineThatNoBootstrapHostResolves() {
        assertOneLine(CommandRun.inProcess("topics", "check", "--bootstrap-server", "no-such-host.invalid:9092"),
                Main.CONFIGURATION_ERROR, "no host in bootstrap.servers (no-such-host.invalid:9092) resolves");
    }

    @Test
    void shouldNameTheOneOptionThatIsWrong() {
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--half", "C", "--data", "."), Main.USAGE_ERROR,
                "--half must be A, B or all: C");
        CommandRun setting = CommandRun.inProcess("lag", "-D", "bootstrap.servers");
        assertOneLine(setting, Main.USAGE_ERROR, "should be in KEY=VALUE format but was bootstrap.servers");
        assertThat(setting.stderr()).doesNotContain("option option");
    }

    @Test
    void shouldRefuseACompressedFeedForEnrichInOneLine() throws IOException {
        Path gzip = dir.resolve("feed.jsonl.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertOneLine(CommandRun.inProcess("enrich", "--in", gzip.toString(), "--out", dir.resolve("out.jsonl").toString()),
                Main.DATA_ERROR, "is gzip");
        assertOneLine(CommandRun.inProcess("demo", "--no-http", "--feed", gzip.toString()), Main.DATA_ERROR,
                gzip + " is gzip-compressed, not text: decompress it first (--feed)");
    }

    @Test
    void shouldSayThatTheTopicsFolderIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("articles.raw.properties"), "partitions=6\n");

        assertOneLine(CommandRun.inProcess("topics", "check", "--topics-dir", file.toString()), Main.DATA_ERROR,
                file + " is a file, not a folder (--topics-dir takes the folder of the topic files)");
        assertOneLine(CommandRun.inProcess("topics", "check", "--topics-dir", dir.resolve("none").toString()),
                Main.DATA_ERROR, "no such folder: " + dir.resolve("none"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertOneLine(CommandRun.inProcess("topics", "check", "--topics-dir", empty.toString()), Main.DATA_ERROR,
                "no *.properties topic files in " + empty.toAbsolutePath());
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("articles.raw.properties"), "partitions=many\n");
        assertOneLine(CommandRun.inProcess("topics", "check", "--topics-dir", broken.toString()), Main.DATA_ERROR,
                "(--topics-dir)");
    }

    @Test
    void shouldRefuseNumbersNoRunCanUseBeforeStarting() {
        assertOneLine(CommandRun.inProcess("tail", "--max-messages", "-1"), Main.USAGE_ERROR, "--max-messages must be 0 or more");
        assertOneLine(CommandRun.inProcess("tail", "--timeout-ms", "-1"), Main.USAGE_ERROR, "--timeout-ms must be 0 or more");
        assertOneLine(CommandRun.inProcess("lag", "--watch", "--interval", "0"), Main.USAGE_ERROR, "--interval must be at least 1");
        assertOneLine(CommandRun.inProcess("lag", "--group", ""), Main.USAGE_ERROR, "--group needs a name");
        assertOneLine(CommandRun.inProcess("bench", "--html-share", "NaN"), Main.USAGE_ERROR, "not NaN");
        assertOneLine(CommandRun.inProcess("eval", "related", "--data", "x.jsonl", "--partitions", "0"),
                Main.USAGE_ERROR, "--partitions must be at least 1");
        assertOneLine(CommandRun.inProcess("eval", "related", "--data", "x.jsonl", "--min-score", "NaN"),
                Main.USAGE_ERROR, "--min-score must be in [0, 1]");
        assertOneLine(CommandRun.inProcess("eval", "related", "--data", "x.jsonl", "--profile-terms", "-5"),
                Main.USAGE_ERROR, "--profile-terms and --block-terms must be at least 1");
        assertOneLine(CommandRun.inProcess("eval", "related", "--data", "x.jsonl", "--language", "bogus"),
                Main.USAGE_ERROR, "--language takes an ISO 639-1 code");
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--data", dir.toString(), "--worst", "-1"),
                Main.USAGE_ERROR, "--worst must be 0 or more");
    }

    @Test
    void shouldCheckTheSentenceCountBeforeReadingTheSummariesData() throws IOException {
        CommandRun eval = CommandRun.inProcess("eval", "summaries", "--data", dir.toString(), "--sentences", "0");

        assertOneLine(eval, Main.USAGE_ERROR, "--sentences must be >= 1");
        assertThat(eval.stdout()).isEmpty();
    }

    @Test
    void shouldRefuseSettingsThatAreNotANumberOrLeaveTheJobIdle() {
        assertOneLine(CommandRun.inProcess("enrich", "--in", "/dev/null", "-D", "articleflow.related.min.score=NaN"),
                Main.CONFIGURATION_ERROR, "Invalid value NaN for configuration articleflow.related.min.score");
        assertOneLine(CommandRun.inProcess("enrich", "--in", "/dev/null", "-D", "articleflow.furniture.max.share=NaN"),
                Main.CONFIGURATION_ERROR, "articleflow.furniture.max.share");
        assertOneLine(CommandRun.inProcess("enrich", "--in", "/dev/null", "-D", "num.stream.threads=0"),
                Main.CONFIGURATION_ERROR, "num.stream.threads: must be at least 1");
        assertOneLine(CommandRun.inProcess("enrich", "--in", "/dev/null", "-D", "articleflow.topics.raw=bad topic!"),
                Main.CONFIGURATION_ERROR, "Invalid value bad topic! for configuration articleflow.topics.raw");
    }

    @Test
    void shouldCheckEveryBenchLeverBeforeTheBrokerStarts() {
        CommandRun unknown = CommandRun.inProcess("bench", "--lever", "articleflow.bogus=1");
        CommandRun outOfRange = CommandRun.inProcess("bench", "--lever", "articleflow.summary.sentences=-4");

        assertOneLine(unknown, Main.CONFIGURATION_ERROR, "unknown setting articleflow.bogus");
        assertOneLine(outOfRange, Main.CONFIGURATION_ERROR, "articleflow.summary.sentences");
        assertThat(unknown.stdout() + outOfRange.stdout()).doesNotContain("StreamsConfig");
    }

    @Test
    void shouldRefuseOptionsThatWouldDoNothing() throws IOException {
        assertOneLine(CommandRun.inProcess("dlq", "replay", "--reason", "bogus", "--dry-run"), Main.USAGE_ERROR,
                "--reason must be one of invalid_json");
        assertOneLine(CommandRun.inProcess("produce", "--source", "", "feed.jsonl"), Main.USAGE_ERROR,
                "--source needs the publisher's name");
        assertOneLine(CommandRun.inProcess("demo", "--bootstrap-server", "127.0.0.1:1"), Main.USAGE_ERROR,
                "demo starts a broker of its own");
        Path page = Files.writeString(dir.resolve("ferry.html"), "<html><body><p>The ferry sailed.</p></body></html>");
        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", page.toString()),
                Main.USAGE_ERROR, page + " is a page: give its publisher with --source NAME");
    }

    @Test
    void shouldRefuseAConfigFileThatIsNotText() throws IOException {
        Path archive = Files.write(dir.resolve("settings.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});

        assertOneLine(CommandRun.inProcess("enrich", "--in", "/dev/null", "--config", archive.toString()),
                Main.DATA_ERROR, "is not a properties file");
    }

    @Test
    void shouldSayWhenABenchmarkFolderIsNotTheBenchmarksFormat() throws IOException {
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--data", dir.toString()), Main.DATA_ERROR,
                dir + " holds neither ground-truth.json nor gold.json: not an extraction benchmark");
        Files.createDirectories(dir.resolve("html"));
        Files.write(dir.resolve("html").resolve("p1.html.gz"), new byte[0]);

        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": \"just a string\"}");
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--data", dir.toString()), Main.DATA_ERROR,
                "has no articleBody text: not the benchmark's format");
        Files.writeString(dir.resolve("ground-truth.json"), "[1, 2, 3]");
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--data", dir.toString()), Main.DATA_ERROR,
                "holds no JSON object of pages");
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": ");
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--data", dir.toString()), Main.DATA_ERROR,
                "ground-truth.json is not JSON");
        Files.writeString(dir.resolve("ground-truth.json"), "{\"other\": {\"articleBody\": \"text\"}}");
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--data", dir.toString()), Main.DATA_ERROR,
                "no benchmark pages in " + dir);

        Files.delete(dir.resolve("ground-truth.json"));
        Files.writeString(dir.resolve("gold.json"), "{\"p1\": {\"with\": 5}}");
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--data", dir.toString()), Main.DATA_ERROR,
                "has no \"with\" and \"without\" lists");
    }

    @Test
    void shouldSayAnEmptyOrBinarySummariesFileIsNotTheBenchmark() throws IOException {
        Files.writeString(dir.resolve("valid.csv"), "");
        assertOneLine(CommandRun.inProcess("eval", "summaries", "--data", dir.toString()), Main.DATA_ERROR,
                "valid.csv: nothing to score");
        Files.write(dir.resolve("valid.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertOneLine(CommandRun.inProcess("eval", "summaries", "--data", dir.toString()), Main.DATA_ERROR,
                "is not UTF-8 text");
    }

    @Test
    void shouldPrintAnUnreadableRecordOnTheEnrichedTopicAndGoOn() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ArticlePrinter printer = new ArticlePrinter(new PrintStream(printed, true, StandardCharsets.UTF_8));

        printer.enriched(new ConsumerRecord<>("articles.enriched", 2, 17, "k".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xc3, 0x26, 0x00}));
        printer.enriched(new ConsumerRecord<>("articles.enriched", 2, 18, "k".getBytes(StandardCharsets.UTF_8),
                "{\"unrelated\": true}".getBytes(StandardCharsets.UTF_8)));

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("unreadable articles.enriched-2@17, key k")
                .contains("unreadable articles.enriched-2@18, key k");
    }

    @Test
    void shouldFailOverATakenHttpPortBeforeTheJobStarts() throws IOException {
        try (ServerSocket taken = new ServerSocket(); JobLauncher launcher = new JobLauncher()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            // a cluster that cannot answer: were the job started first, this would be a 15 s wait and another error
            ArticleflowConfig config = ArticleflowConfig.load(null, Map.of(), Map.of("bootstrap.servers", "127.0.0.1:1",
                    "articleflow.http.host", "127.0.0.1", "articleflow.http.port", String.valueOf(taken.getLocalPort())));

            assertThatThrownBy(() -> launcher.startMonitored(config, null, false, true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot serve HTTP on 127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("set articleflow.http.port or --http-port");
            assertThat(launcher.config()).isNull();
        }
    }

    @Test
    void shouldPointAtTheHostWhenTheHttpHostIsNotAnAddressOfThisMachine() {
        try (JobLauncher launcher = new JobLauncher()) {
            ArticleflowConfig config = ArticleflowConfig.load(null, Map.of(), Map.of("bootstrap.servers", "127.0.0.1:1",
                    "articleflow.http.host", "no-such-host.invalid", "articleflow.http.port", "18080"));

            assertThatThrownBy(() -> launcher.startMonitored(config, null, false, true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("set articleflow.http.host")
                    .hasMessageNotContaining("articleflow.http.port");
            assertThat(launcher.config()).isNull();
        }
    }

    @Test
    void shouldReadASingleHtmlFileAsAPageAndATxtFileOfJsonLinesAsAFeed() throws IOException {
        Path page = Files.writeString(dir.resolve("ferry.html"), "<html><body><p>The ferry sailed.</p></body></html>");
        Path feed = Files.writeString(dir.resolve("feed.txt"), ARTICLE);

        assertThat(FeedFiles.isPageFile(page)).isTrue();
        assertThat(FeedFiles.isPageFile(feed)).isFalse();
        assertThat(FeedFiles.read(page, "valley-times").records()).hasSize(1);
        assertThat(FeedFiles.read(feed, null).records()).extracting(r -> r.origin()).containsExactly("feed.txt:1");
    }

    @Test
    void shouldSayWhenInputCannotBeReadOrAPageIsNotUtf8() throws IOException {
        Path latin1 = Files.write(dir.resolve("note.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});

        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", "--source", "s",
                latin1.toString()), Main.DATA_ERROR, latin1 + " is not UTF-8 text");
    }

    @Test
    void shouldNameAFileThatExistsButCannotBeRead() throws IOException {
        Path unreadable = Path.of("/proc/self/mem"); // on Linux: there, and every read of it fails
        Assumptions.assumeTrue(Files.exists(unreadable));
        Path page = Files.createSymbolicLink(dir.resolve("page.txt"), unreadable);

        assertOneLine(CommandRun.inProcess("eval", "related", "--data", unreadable.toString()), Main.DATA_ERROR,
                "cannot read " + unreadable);
        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", unreadable.toString()),
                Main.DATA_ERROR, "cannot read " + unreadable);
        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", "--source", "s",
                page.toString()), Main.DATA_ERROR, "cannot read " + page);
        CommandRun demo = CommandRun.inProcess("demo", "--no-http", "--feed", unreadable.toString());
        assertOneLine(demo, Main.DATA_ERROR, "cannot read " + unreadable);
        assertThat(demo.stderr()).contains("(--feed)");

        Path earlier = Files.writeString(dir.resolve("enriched.jsonl"), "an earlier run's output\n");
        assertOneLine(CommandRun.inProcess("enrich", "--in", unreadable.toString(), "--out", earlier.toString()),
                Main.DATA_ERROR, "cannot read " + unreadable);
        assertThat(Files.readString(earlier)).isEqualTo("an earlier run's output\n");
    }

    @Test
    void shouldSayThereIsNothingToSendWithoutWaitingOnTheCluster() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");

        CommandRun produce = CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", empty.toString());

        assertThat(produce.exitCode()).as(produce.toString()).isZero();
        assertThat(produce.stdout()).contains("produced 0 records: nothing to send in " + empty);
    }

    @Test
    void shouldLetTwoOutputsNameTheSameDevice() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), ARTICLE);

        CommandRun enrich = CommandRun.inProcess("enrich", "--in", feed.toString(), "--out", "/dev/null", "--dlq", "/dev/null");

        assertThat(enrich.exitCode()).as(enrich.toString()).isZero();
    }

    /** Runs {@code command} with standard output failing every write, as on a full disk or a closed pipe. */
    private static CommandRun withBrokenStandardOutput(java.util.function.IntSupplier command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int exitCode;
        System.setOut(new PrintStream(full, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        try {
            exitCode = command.getAsInt();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new CommandRun(exitCode, "", capturedErr.toString(StandardCharsets.UTF_8));
    }
}
