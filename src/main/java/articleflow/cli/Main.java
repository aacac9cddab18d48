package articleflow.cli;

import articleflow.ops.ClusterAccess;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one command line of articleflow: the streaming job, its offline twin, and the tools around them. */
@Command(name = "articleflow", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns raw news-article events into enriched articles: clean text, a summary, neighbour links.",
        subcommands = {
                DemoCommand.class,
                RunCommand.class,
                EnrichCommand.class,
                ProduceCommand.class,
                TailCommand.class,
                LagCommand.class,
                TopicsCommand.class,
                DlqCommand.class,
                ReprocessCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                DescribeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** A command that failed: the cluster refused it, or it could not finish its work. */
    static final int FAILED = 1;

    /** A setting that is unknown or has a bad value. */
    static final int CONFIGURATION_ERROR = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    if (exception instanceof ConfigException) {
                        commandLine.getErr().println("articleflow: " + exception.getMessage());
                        return CONFIGURATION_ERROR;
                    }
                    // refused credentials or a missing ACL: one line, never a stack trace
                    Optional<String> refused = ClusterAccess.refusal(exception);
                    if (refused.isPresent()) {
                        commandLine.getErr().println("articleflow: " + refused.get());
                        return FAILED;
                    }
                    throw exception;
                });
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"articleflow " + (version == null ? "dev" : version)};
        }
    }
}
