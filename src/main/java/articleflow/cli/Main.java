package articleflow.cli;

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
