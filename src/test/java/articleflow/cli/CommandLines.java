package articleflow.cli;

/** The command line as a user types it, for tests in other packages: the exit code of {@code articleflow ARGS}. */
public final class CommandLines {

    private CommandLines() {
    }

    public static int run(String... args) {
        return Main.commandLine().execute(args);
    }
}
