package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import articleflow.broker.BrokerTest;
import articleflow.broker.SharedBroker;
import articleflow.topics.TopicCatalog;
import articleflow.topics.TopicSpec;
import picocli.CommandLine;

@BrokerTest
class TopicsCommandTest {

    @TempDir
    Path topicsDir;

    /** The bundled topics under names of this test's own, so tests sharing the broker never meet. */
    private String prefix;

    @BeforeEach
    void writeTheBundledTopicsUnderUniqueNames() throws IOException {
        prefix = SharedBroker.uniqueName("t") + ".";
        for (TopicSpec spec : TopicCatalog.bundled().specs()) {
            write(spec.named(prefix + spec.name()));
        }
    }

    @Test
    void shouldCreateTheTopicsOnceAndFindNothingToDoTheSecondTime() {
        Run first = topics("apply", "--replication-factor", "1");
        Run second = topics("apply", "--replication-factor", "1");

        assertThat(first.exitCode).isZero();
        assertThat(first.out).contains("created " + prefix + "articles.raw: 6 partitions, replication factor 1")
                .contains("created " + prefix + "articles.enriched").contains("created " + prefix + "articles.dlq")
                .contains("3 created, no drift");
        assertThat(second.exitCode).isZero();
        assertThat(second.out).doesNotContain("created " + prefix)
                .contains("exists  " + prefix + "articles.raw")
                .contains("0 created, no drift");
        assertThat(topics("check").exitCode).isZero();
    }

    @Test
    void shouldReportButNotRepairATopicWithOtherPartitionsOrAnEnrichedTopicThatIsNotCompacted() throws Exception {
        try (Admin admin = SharedBroker.admin()) {
            admin.createTopics(List.of(
                    new NewTopic(prefix + "articles.raw", 2, (short) 1),
                    new NewTopic(prefix + "articles.enriched", 6, (short) 1).configs(Map.of("cleanup.policy", "delete"))))
                    .all().get(30, TimeUnit.SECONDS);
        }

        Run apply = topics("apply", "--replication-factor", "1");
        Run check = topics("check");

        assertThat(apply.exitCode).isZero();
        assertThat(apply.out)
                .contains("created " + prefix + "articles.dlq")
                .doesNotContain("created " + prefix + "articles.raw")
                .contains("drift   " + prefix + "articles.raw: 2 partitions, expected 6")
                .contains("drift   " + prefix + "articles.enriched: cleanup.policy is delete, expected compact");
        assertThat(check.exitCode).isEqualTo(TopicsCommand.EXIT_DRIFT);
        assertThat(check.out)
                .contains("drift   " + prefix + "articles.raw: 2 partitions, expected 6")
                .contains("drift   " + prefix + "articles.enriched: cleanup.policy is delete, expected compact")
                .contains("ok      " + prefix + "articles.dlq");
    }

    @Test
    void shouldCreateAndCheckTheTopicsUnderTheNamesTheConfigurationGivesThem() {
        String raw = prefix + "news.raw";
        String enriched = prefix + "news.enriched";
        String dlq = prefix + "news.dlq";
        String[] named = {"--bootstrap-server", SharedBroker.bootstrapServers(), "-D", "articleflow.topics.raw=" + raw,
                "-D", "articleflow.topics.enriched=" + enriched, "-D", "articleflow.topics.dlq=" + dlq};

        Run apply = new Run(Main.commandLine(), with(named, "topics", "apply", "--replication-factor", "1"));
        Run check = new Run(Main.commandLine(), with(named, "topics", "check"));

        assertThat(apply.exitCode).as(apply.err).isZero();
        assertThat(apply.out).contains("articles.raw as " + raw)
                .contains("created " + raw + ": 6 partitions").contains("created " + enriched).contains("created " + dlq)
                .contains("3 created, no drift");
        assertThat(check.exitCode).as(check.out).isZero();
        assertThat(check.out).contains("ok      " + raw).contains("all 3 topics match");
    }

    private static String[] with(String[] options, String... command) {
        String[] args = new String[command.length + options.length];
        System.arraycopy(command, 0, args, 0, command.length);
        System.arraycopy(options, 0, args, command.length, options.length);
        return args;
    }

    @Test
    void shouldFailTheCheckWhenTopicsAreMissing() {
        Run check = topics("check");

        assertThat(check.exitCode).isEqualTo(TopicsCommand.EXIT_DRIFT);
        assertThat(check.out).contains("missing " + prefix + "articles.raw: missing");
    }

    @Test
    void shouldRefuseToCreateTopicsThatNeedMoreBrokersThanTheClusterHas() {
        Run apply = topics("apply");

        assertThat(apply.exitCode).isEqualTo(TopicsCommand.EXIT_ERROR);
        assertThat(apply.err).contains("the cluster has 1 broker, too few for")
                .contains("pass --replication-factor 1");
        assertThat(topics("check").out).contains("missing " + prefix + "articles.raw");
    }

    @Test
    void shouldRequireAClusterSettingRatherThanGuessOne() {
        Run apply = new Run(Main.commandLine(), "topics", "apply", "--topics-dir", topicsDir.toString(),
                "--bootstrap-servers", "");

        assertThat(apply.exitCode).isEqualTo(Main.CONFIGURATION_ERROR);
        assertThat(apply.err).contains("no cluster configured").contains("--bootstrap-server");
    }

    @Test
    void shouldPassClientPropertiesFromTheCommandConfigFile() throws IOException {
        Path clientConfig = Files.writeString(topicsDir.resolve("client.conf"), "client.id=articleflow-topics-test\n");
        Path specs = Files.createDirectories(topicsDir.resolve("specs"));
        try (var files = Files.list(topicsDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Files.move(file, specs.resolve(file.getFileName()));
            }
        }

        Run apply = new Run(Main.commandLine(), "topics", "apply", "--bootstrap-servers", SharedBroker.bootstrapServers(),
                "--topics-dir", specs.toString(), "--command-config", clientConfig.toString(), "--replication-factor", "1");

        assertThat(apply.exitCode).isZero();
        assertThat(apply.out).contains("3 created, no drift");
    }

    @Test
    void shouldTakeTheClusterFromAConfigFileOrASettingLikeEveryOtherCommand() throws IOException {
        Path config = Files.writeString(topicsDir.resolve("articleflow.conf"), "client.id=articleflow-topics-test\n"
                + "bootstrap.servers=" + SharedBroker.bootstrapServers() + "\n");

        Run apply = new Run(Main.commandLine(), "topics", "apply", "--config", config.toString(),
                "--topics-dir", topicsDir.toString(), "--replication-factor", "1");
        Run check = new Run(Main.commandLine(), "topics", "check", "-D", "bootstrap.servers=" + SharedBroker.bootstrapServers(),
                "--topics-dir", topicsDir.toString());

        assertThat(apply.exitCode).as(apply.err).isZero();
        assertThat(apply.out).contains("3 created, no drift");
        assertThat(check.exitCode).as(check.err).isZero();
    }

    private Run topics(String subcommand, String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "topics";
        args[1] = subcommand;
        args[2] = "--bootstrap-server";
        args[3] = SharedBroker.bootstrapServers();
        args[4] = "--topics-dir";
        args[5] = topicsDir.toString();
        System.arraycopy(options, 0, args, 6, options.length);
        return new Run(Main.commandLine(), args);
    }

    private void write(TopicSpec spec) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("name=").append(spec.name()).append('\n')
                .append("partitions=").append(spec.partitions()).append('\n')
                .append("replication.factor=").append(spec.replicationFactor()).append('\n');
        spec.configs().forEach((key, value) -> text.append("config.").append(key).append('=').append(value).append('\n'));
        Files.writeString(topicsDir.resolve(spec.name() + ".properties"), text);
    }

    /** One command line run with its exit code and what it printed. */
    private static final class Run {
        final int exitCode;
        final String out;
        final String err;

        Run(CommandLine command, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            command.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
            this.exitCode = command.execute(args);
            this.out = out.toString();
            this.err = err.toString();
        }
    }
}
