package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What one command printed and returned when run in this JVM, as {@code java -jar articleflow.jar ARGS} runs it. */
record CommandRun(int exitCode, String stdout, String stderr) {

    /** Runs the command with standard output and error captured (the commands print to both, and so do the logs). */
    static CommandRun inProcess(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        int exitCode;
        System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        try {
            exitCode = Main.commandLine().execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new CommandRun(exitCode, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
    }

    /** A failure as every command must fail: its exit code, one line naming what is wrong, no stack trace. */
    static void assertOneLine(CommandRun run, int exitCode, String message) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
        assertThat(run.stderr()).as(run.toString()).contains("articleflow: ").contains(message).doesNotContain("\tat ");
        assertThat(run.stderr().lines().filter(line -> line.startsWith("articleflow: ")).count()).as(run.toString())
                .isEqualTo(1);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
}
