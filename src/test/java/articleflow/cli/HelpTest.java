package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and sub-command answers {@code --help}, and the top-level list says what each does in a whole sentence. */
class HelpTest {

    static Stream<String> everyCommand() {
        List<String> names = new ArrayList<>();
        collect(Main.commandLine(), "", names);
        return names.stream();
    }

    private static void collect(CommandLine commandLine, String prefix, List<String> names) {
        commandLine.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                names.add(prefix + name);
                collect(sub, prefix + name + " ", names);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void shouldShowHelpForEveryCommand(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");

        CommandRun help = CommandRun.inProcess(args.toArray(String[]::new));

        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.stdout()).contains("Usage: articleflow " + command);
    }

    @Test
    void shouldNotOfferDemoAClusterOfYourOwn() {
        CommandRun help = CommandRun.inProcess("demo", "--help");

        assertThat(help.stdout()).doesNotContain("--bootstrap-server").contains("--data-dir", "--feed");
        assertThat(CommandRun.inProcess("run", "--help").stdout()).contains("--bootstrap-server");
    }

    @Test
    void shouldListEveryCommandWithAWholeSentenceAndTheExitCodes() {
        CommandRun help = CommandRun.inProcess("--help");
        String list = help.stdout().substring(help.stdout().indexOf("Commands:"), help.stdout().indexOf("Exit codes"));

        // each entry starts at two spaces of indent; its text, over however many lines, ends a sentence
        for (String entry : list.split("\n  (?=\\S)")) {
            if (!entry.startsWith("Commands:")) {
                assertThat(entry.strip()).as(entry).endsWith(".");
            }
        }
        assertThat(help.stdout()).containsPattern("2 +usage error").containsPattern("3 +configuration error")
                .containsPattern("4 +the Kafka cluster could not be reached").containsPattern("5 +data error")
                .containsPattern("130 +interrupted by Ctrl-C");
    }

    @Test
    void shouldAcceptKafkasSpellingOfTheBootstrapOptionEverywhereTheOtherIsAccepted() {
        for (String command : everyCommand().toList()) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            String usage = CommandRun.inProcess(args.toArray(String[]::new)).stdout();
            if (usage.contains("--bootstrap-server")) {
                assertThat(usage).as(command).contains("--bootstrap-server=").contains("--bootstrap-servers")
                        .contains("--config=").contains("-D, --set=");
            }
        }
    }
}
