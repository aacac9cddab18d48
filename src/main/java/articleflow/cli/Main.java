package articleflow.cli;

import articleflow.app.InterruptNotice;
import articleflow.ops.ClusterAccess;
import articleflow.ops.ClusterUnreachableException;
import articleflow.ops.KafkaClients;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The one command line of articleflow: the streaming job, its offline twin, and the tools around them. */
@Command(name = "articleflow", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns raw news-article events into enriched articles: clean text, a summary, neighbour links.",
        exitCodeListHeading = "%nExit codes (every command):%n",
        exitCodeList = {
                "0:done",
                "1:failed (the cluster refused an operation, a record could not be sent, topics drifted, ...)",
                "2:usage error (an unknown option, a missing argument)",
                "3:configuration error (an unknown articleflow.* setting, a bad value, no cluster configured)",
                "4:the Kafka cluster could not be reached within the client timeouts (15 s by default)",
                "5:data error (an input file missing or unreadable, an output folder missing, output that could not be written)",
                "130:interrupted by Ctrl-C (143: by SIGTERM)"},
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

    static final int OK = 0;

    /** A command that failed: the cluster refused it, or it could not finish its work. */
    static final int FAILED = 1;

    /** An unknown option, a missing argument or a value of the wrong type (picocli's own code for these). */
    static final int USAGE_ERROR = 2;

    /** A setting that is unknown or has a bad value, or no cluster configured. */
    static final int CONFIGURATION_ERROR = 3;

    /** The Kafka cluster did not answer within the clients' timeouts. */
    static final int CLUSTER_UNREACHABLE = 4;

    /** An input file missing, unreadable or not of its kind, an output folder missing, output that could not be written. */
    static final int DATA_ERROR = 5;

    /** The commands that run the streaming job for as long as it is wanted; every other command is a tool. */
    private static final Set<String> JOBS = Set.of("run", "demo");

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of a failure (otherwise one line says what went wrong).")
    boolean verbose;

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = run(args);
        } catch (NoClassDefFoundError e) {
            // the jar's manifest finds its libraries in lib/ beside it: a jar copied alone cannot start
            System.err.println("articleflow: a library is missing (" + e.getMessage() + "): the jar needs the lib/ "
                    + "folder the build puts beside it; run target/articleflow.jar where it was built, or copy lib/ "
                    + "with it");
            exitCode = FAILED;
        }
        System.exit(exitCode);
    }

    /** Runs one command line to its exit code, as {@code java -jar articleflow.jar ARGS} does. */
    static int run(String... args) {
        CommandLine commandLine = commandLine();
        int exitCode = commandLine.execute(args);
        return exitCode == OK && outputLost(commandLine) ? DATA_ERROR : exitCode;
    }

    /**
     * Whether what the command printed was lost (a full disk, a closed pipe): {@code System.out} swallows write
     * errors, so a command would report success over output that never arrived.
     */
    static boolean outputLost(CommandLine commandLine) {
        boolean lost = commandLine.getOut().checkError() | System.out.checkError();
        if (lost) {
            System.err.println("articleflow: cannot write to standard output; what the command printed is lost");
        }
        return lost;
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(Main::executeWatchingForCtrlC)
                .setExecutionExceptionHandler(Main::handle)
                .setParameterExceptionHandler(Main::usageError);
        withHelpEverywhere(commandLine);
        DemoCommand.hideBootstrapServer(commandLine.getSubcommands().get("demo").getCommandSpec());
        return commandLine;
    }

    /** Runs the command named on the line; Ctrl-C before it returns leaves "articleflow: COMMAND interrupted". */
    private static int executeWatchingForCtrlC(ParseResult parseResult) {
        ParseResult command = parseResult;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        String name = command.commandSpec().qualifiedName(" ").replaceFirst("^articleflow ", "");
        if (!JOBS.contains(name)) {
            // a tool says a refused login or a lost connection in one line of its own; the client's log line
            // before it (an ERROR with the broker's node id) only doubles it. A job's operators keep them.
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.clients.NetworkClient", "off");
        }
        InterruptNotice.watch(name);
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } finally {
            InterruptNotice.unwatch();
        }
    }

    /** {@code --help} and {@code --version} on every command and sub-command, however it was declared. */
    private static void withHelpEverywhere(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        if (spec.findOption("--help") == null && !(spec.userObject() instanceof CommandLine.HelpCommand)) {
            spec.mixinStandardHelpOptions(true);
        }
        commandLine.getSubcommands().values().forEach(Main::withHelpEverywhere);
    }

    /** One line and a pointer to the help, as Kafka's tools do, rather than the whole usage text. */
    private static int usageError(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        // picocli names a map option "option option '--set'"
        err.println("articleflow: " + exception.getMessage().replace("option option", "option") + " (see `" + commandLine.getCommandSpec().qualifiedName()
                + " --help`)");
        err.flush();
        return USAGE_ERROR;
    }

    private static int handle(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        Failure failure = Failure.of(exception, clusterOf(commandLine));
        PrintWriter err = commandLine.getErr();
        boolean verbose = isVerbose(parseResult);
        if (jvmStopping() && !verbose) {
            // Ctrl-C or SIGTERM: the shutdown hooks close clients and remove folders under the running command, and
            // its failure says nothing the interruption did not (a hook already said it in one line)
            return failure.exitCode();
        }
        err.println("articleflow: " + failure.message()
                + (failure.unexpected() && !verbose ? " (--verbose prints the stack trace)" : ""));
        if (verbose) {
            exception.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode();
    }

    /** Whether the JVM is running its shutdown hooks (after Ctrl-C or SIGTERM): no hook can be added then. */
    static boolean jvmStopping() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException stopping) {
            return true;
        }
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The bootstrap servers the failed command was using, as far as it got to load its settings. */
    private static String clusterOf(CommandLine commandLine) {
        for (CommandSpec mixin : commandLine.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof ConfigOptions options && options.bootstrapServersInUse() != null) {
                return options.bootstrapServersInUse();
            }
        }
        return "the configured bootstrap.servers";
    }

    /** What a failure means for the user: one line, an exit code, and whether it is a fault of ours. */
    record Failure(String message, int exitCode, boolean unexpected) {

        static Failure of(Throwable exception, String cluster) {
            if (exception instanceof ConfigException) {
                return new Failure(exception.getMessage(), CONFIGURATION_ERROR, false);
            }
            Optional<String> refused = ClusterAccess.refusal(exception);
            if (refused.isPresent()) {
                // refused credentials or a missing ACL: one line, never a stack trace; the cluster check's names the cluster
                String own = exception.getMessage();
                return new Failure(own != null && own.startsWith("the Kafka cluster at ") ? own : refused.get(), FAILED, false);
            }
            for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof ClusterUnreachableException) {
                    return new Failure(cause.getMessage(), CLUSTER_UNREACHABLE, false);
                }
                if (cause instanceof TimeoutException) {
                    return new Failure("cannot reach the Kafka cluster at " + cluster + " within "
                            + KafkaClients.TOOL_TIMEOUT.toSeconds() + " s: " + cause.getMessage()
                            + " (check bootstrap.servers and that the brokers are up)", CLUSTER_UNREACHABLE, false);
                }
                if (cause instanceof DataError) {
                    return new Failure(cause.getMessage(), DATA_ERROR, false);
                }
                if (cause instanceof NoSuchFileException missing) {
                    return new Failure("no such file or folder: " + missing.getFile(), DATA_ERROR, false);
                }
                if (cause instanceof AccessDeniedException denied) {
                    return new Failure("cannot read " + denied.getFile() + ": permission denied", DATA_ERROR, false);
                }
                if (cause instanceof FileSystemException file) {
                    return new Failure(file.getMessage(), DATA_ERROR, false);
                }
            }
            if (exception instanceof UncheckedIOException io) {
                String why = io.getCause() == null ? null : io.getCause().getMessage();
                return new Failure(io.getMessage() + (why == null || io.getMessage().contains(why) ? "" : ": " + why),
                        DATA_ERROR, false);
            }
            if (exception instanceof IllegalStateException || exception instanceof IllegalArgumentException) {
                return new Failure(exception.getMessage(), FAILED, false);
            }
            return new Failure(exception.getClass().getSimpleName() + ": " + exception.getMessage(), FAILED, true);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"articleflow " + (version == null ? "dev" : version)};
        }
    }
}
