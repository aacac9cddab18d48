package articleflow.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks of the data an evaluation is given: a problem there is one line and exit code 5, not a stack trace. */
final class EvalData {

    private EvalData() {
    }

    /** A problem with the user's data: the command stops with this one line. */
    static UncheckedIOException problem(String message) {
        return new UncheckedIOException(message, new IOException(message));
    }

    /** {@code data} is a benchmark's folder, holding {@code holding} (named in the message when it is not). */
    static Path requireFolder(Path data, String holding) {
        if (!Files.exists(data)) {
            throw new UncheckedIOException(new NoSuchFileException(data.toString()));
        }
        if (!Files.isDirectory(data)) {
            throw problem(data + " is a file; --data takes the benchmark's folder (holding " + holding + ")");
        }
        return data;
    }
}
