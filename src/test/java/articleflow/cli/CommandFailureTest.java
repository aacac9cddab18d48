package articleflow.cli;

import static articleflow.cli.CommandRun.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.broker.CommandProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usual mistakes end in one line that says what is wrong, an exit code from the table in {@code --help}, and no
 * stack trace; nothing is started before the inputs are checked.
 */
@Timeout(30)
class CommandFailureTest {

    @TempDir
    Path dir;

    @Test
    void shouldNameAMissingInputFileWithTheDataErrorCode() {
        assertOneLine(CommandRun.inProcess("enrich", "--in", missing("raw.jsonl")), Main.DATA_ERROR,
                "no such file: " + missing("raw.jsonl") + " (--in)");
        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", missing("feed.jsonl")),
                Main.DATA_ERROR, "no such file or folder: " + missing("feed.jsonl"));
        assertOneLine(CommandRun.inProcess("run", "--config", missing("articleflow.properties")), Main.DATA_ERROR,
                "no such file: " + missing("articleflow.properties") + " (--config)");
        assertOneLine(CommandRun.inProcess("eval", "summaries", "--data", missing("cnn")), Main.DATA_ERROR,
                "no such file or folder: " + missing("cnn"));
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--data", missing("pages")), Main.DATA_ERROR,
                "no such file or folder: " + missing("pages"));
    }

    @Test
    void shouldSayWhatIsWrongWithAnEvaluationsData() throws IOException {
        Path file = Files.writeString(dir.resolve("articles.jsonl"), "{\"id\": \"a1\", \"story\": \"s\", \"text\": \"x\"}\n");
        assertOneLine(CommandRun.inProcess("eval", "summaries", "--data", file.toString()), Main.DATA_ERROR,
                file + " is a file; --data takes the benchmark's folder (holding valid.csv)");
        assertOneLine(CommandRun.inProcess("eval", "extraction", "--data", file.toString()), Main.DATA_ERROR,
                file + " is a file; --data takes the benchmark's folder");
        assertOneLine(CommandRun.inProcess("eval", "related", "--data", dir.toString()), Main.DATA_ERROR,
                dir + " is a folder; --data takes a JSON lines file");

        Path broken = Files.writeString(dir.resolve("broken.jsonl"),
                "{\"id\": \"a1\", \"story\": \"s\", \"text\": \"x\"}\n\n{\"id\": \"a2\", \"story\"\n");
        assertOneLine(CommandRun.inProcess("eval", "related", "--data", broken.toString()), Main.DATA_ERROR,
                broken + " line 3: not JSON");
        Path unlabelled = Files.writeString(dir.resolve("unlabelled.jsonl"), "{\"id\": \"a1\", \"text\": \"x\"}\n");
        assertOneLine(CommandRun.inProcess("eval", "related", "--data", unlabelled.toString()), Main.DATA_ERROR,
                unlabelled + " line 1: no story label (article a1)");
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
        assertOneLine(CommandRun.inProcess("eval", "related", "--data", empty.toString()), Main.DATA_ERROR,
                "no labelled articles in " + empty);
        Path latin1 = Files.write(dir.resolve("latin1.jsonl"), new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}'});
        assertOneLine(CommandRun.inProcess("eval", "related", "--data", latin1.toString()), Main.DATA_ERROR,
                latin1 + " is not UTF-8 text");
    }

    @Test
    void shouldCheckTheDemoFeedBeforeStartingTheBroker() {
        CommandRun demo = CommandRun.inProcess("demo", "--no-http", "--feed", missing("feed.jsonl"));

        assertOneLine(demo, Main.DATA_ERROR, "no such file: " + missing("feed.jsonl") + " (--feed)");
        assertThat(demo.stdout()).doesNotContain("bootstrap.servers=").doesNotContain("embedded Kafka broker");
    }

    @Test
    void shouldRefuseAnOutputFileInAFolderThatDoesNotExist() throws IOException {
        Path in = Files.writeString(dir.resolve("raw.jsonl"), "");

        assertOneLine(CommandRun.inProcess("enrich", "--in", in.toString(), "--out", missing("out/enriched.jsonl")),
                Main.DATA_ERROR, "output folder " + missing("out") + " does not exist");
        assertOneLine(CommandRun.inProcess("enrich", "--in", in.toString(), "--dlq", missing("out/rejected.jsonl")),
                Main.DATA_ERROR, "output folder " + missing("out") + " does not exist");
    }

    @Test
    void shouldRefuseTheBenchFiguresFileBeforeStartingTheBroker() {
        CommandRun bench = CommandRun.inProcess("bench", "--out", missing("out/bench.json"));

        assertOneLine(bench, Main.DATA_ERROR, "output folder " + missing("out") + " does not exist");
        assertThat(bench.stdout()).doesNotContain("StreamsConfig");
    }

    @Test
    void shouldAskForTheSourceOfAFolderOfPagesAsAUsageError() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("ferry.txt"), "The ferry sailed.");

        assertOneLine(CommandRun.inProcess("produce", "--bootstrap-server", "127.0.0.1:1", pages.toString()),
                Main.USAGE_ERROR, pages + " holds pages (.html, .htm, .txt): give their publisher with --source NAME");
    }

    @Test
    void shouldNameABadSettingValueAndTheClosestKeyOfAMisspeltOne() {
        assertOneLine(CommandRun.inProcess("enrich", "--in", "/dev/null", "-D", "articleflow.summary.sentences=one"),
                Main.CONFIGURATION_ERROR, "Invalid value one for configuration articleflow.summary.sentences");
        assertOneLine(CommandRun.inProcess("enrich", "--in", "/dev/null", "-D", "articleflow.summary.sentence=1"),
                Main.CONFIGURATION_ERROR, "did you mean articleflow.summary.sentences?");
    }

    @Test
    void shouldWarnAboutAKafkaSettingNoClientKnowsAndCarryOn() {
        CommandRun enrich = CommandRun.inProcess("enrich", "--in", "/dev/null", "-D", "num.stream.thread=2");

        assertThat(enrich.exitCode()).as(enrich.toString()).isZero();
        assertThat(enrich.stderr()).contains("warning").contains("num.stream.thread");
    }

    @Test
    void shouldRefuseAnUnknownOptionInOneLineWithTheUsageErrorCode() {
        assertOneLine(CommandRun.inProcess("lag", "--bogus"), Main.USAGE_ERROR,
                "Unknown option: '--bogus' (see `articleflow lag --help`)");
    }

    @Test
    void shouldRequireAClusterAsAConfigurationError() {
        CommandRun tail = CommandRun.inProcess("tail", "--bootstrap-server", "");

        assertOneLine(tail, Main.CONFIGURATION_ERROR, "no cluster configured");
    }

    @Test
    void shouldPrintTheStackTraceOnlyWithVerbose() {
        CommandRun verbose = CommandRun.inProcess("enrich", "--verbose", "--in", missing("raw.jsonl"));

        assertThat(verbose.exitCode()).isEqualTo(Main.DATA_ERROR);
        assertThat(verbose.stderr()).contains("no such file").contains("\tat articleflow.cli.");
    }

    /**
     * Every tool gives up on a cluster that does not answer within its client timeouts (15 s) and names it; the
     * commands run as processes of their own, side by side, so that the test waits for that bound once.
     */
    @Test
    @Timeout(120)
    void shouldGiveUpOnAnUnreachableClusterNamingIt() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\":\"a\",\"source\":\"s\",\"title\":\"t\",\"body\":\"Some text.\"}\n");
        List<String[]> commands = List.of(
                new String[] {"produce", "--bootstrap-server", "127.0.0.1:1", feed.toString()},
                new String[] {"tail", "--bootstrap-server", "127.0.0.1:1"},
                new String[] {"lag", "--bootstrap-servers", "127.0.0.1:1"},
                new String[] {"topics", "check", "--bootstrap-server", "127.0.0.1:1"},
                new String[] {"dlq", "replay", "--bootstrap-server", "127.0.0.1:1"},
                new String[] {"reprocess", "--dry-run", "--bootstrap-server", "127.0.0.1:1"});
        List<CommandProcess> processes = new ArrayList<>();
        try {
            for (String[] command : commands) {
                processes.add(CommandProcess.start(dir, command[0] + "-" + command[1], command));
            }
            for (int i = 0; i < commands.size(); i++) {
                CommandProcess process = processes.get(i);
                int exitCode = process.awaitExit(Duration.ofSeconds(90));
                String what = String.join(" ", commands.get(i)) + "\n" + process.stderr();
                assertThat(exitCode).as(what).isEqualTo(Main.CLUSTER_UNREACHABLE);
                assertThat(process.stderr()).as(what)
                        .contains("articleflow: cannot reach the Kafka cluster at 127.0.0.1:1 within 15 s")
                        .doesNotContain("\tat ");
            }
        } finally {
            processes.forEach(CommandProcess::close);
        }
    }

    private String missing(String name) {
        return dir.resolve("nosuch").resolve(name).toString();
    }
}
