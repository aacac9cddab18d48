package articleflow.eval;

import articleflow.events.LogSafe;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
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

    /**
     * The JSON object of {@code file}, one entry per page; anything else (not JSON, an array, a missing file) is
     * the user's data, said in one line.
     */
    static JsonNode readPagesObject(Path file) {
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw problem(file + " holds no JSON object of pages: not the benchmark's format");
            }
            return node;
        } catch (JsonProcessingException notJson) {
            throw problem(file + " is not JSON: " + LogSafe.quote(withoutLocation(notJson.getOriginalMessage())));
        } catch (FileNotFoundException | NoSuchFileException missing) {
            throw problem("no such file: " + file);
        } catch (IOException unreadable) {
            throw problem("cannot read " + file + ": " + LogSafe.quote(unreadable.getMessage()));
        }
    }

    /** Jackson's message without the location it appends (" (start marker at [Source: …])"), which says nothing here. */
    private static String withoutLocation(String message) {
        int location = message.indexOf(" (start marker at");
        return location < 0 ? message : message.substring(0, location);
    }

    /** {@code entry} of {@code file} lacks what every page of the benchmark has. */
    static UncheckedIOException wrongShape(Path file, String id, String expected) {
        return problem(file + ": page " + LogSafe.quote(id) + " has no " + expected + ": not the benchmark's format");
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

    /** A page the judgements list without its HTML is left out of the scores; the user hears how many. */
    static void noteMissingPages(int missing, Path judgements, Path dataDir) {
        if (missing > 0) {
            System.err.printf("eval: %d page%s listed in %s %s no HTML under %s; scored without %s%n", missing,
                    missing == 1 ? "" : "s", judgements.getFileName(), missing == 1 ? "has" : "have",
                    dataDir.resolve("html"), missing == 1 ? "it" : "them");
        }
    }
}
