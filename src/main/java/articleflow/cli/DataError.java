package articleflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file or folder a command needs is missing or unreadable: the user's data, not the cluster or the settings.
 * Commands check their inputs with these before they start anything, so a typo costs no broker start.
 */
final class DataError extends RuntimeException {

    DataError(String message) {
        super(message);
    }

    /** {@code file} exists, is a regular file and can be read; {@code option} names where it was given. */
    static Path requireFile(Path file, String option) {
        if (file == null) {
            return null;
        }
        if (!Files.exists(file)) {
            throw new DataError("no such file: " + file + " (" + option + ")");
        }
        if (Files.isDirectory(file)) {
            throw new DataError(file + " is a folder, not a file (" + option + ")");
        }
        if (!Files.isReadable(file)) {
            throw new DataError("cannot read " + file + ": permission denied (" + option + ")");
        }
        return file;
    }

    /** {@code path} exists and can be read, a file or a folder. */
    static Path requireFileOrFolder(Path path, String option) {
        if (!Files.exists(path)) {
            throw new DataError("no such file or folder: " + path + " (" + option + ")");
        }
        if (!Files.isReadable(path)) {
            throw new DataError("cannot read " + path + ": permission denied (" + option + ")");
        }
        return path;
    }

    /**
     * {@code file} can be opened for writing (a file under /proc, say, cannot, whatever the folder's permissions
     * say); an existing file is left as it is, a new one is removed again.
     */
    static void requireWritable(Path file, String option) {
        if (file == null) {
            return;
        }
        boolean existed = Files.exists(file);
        try {
            Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
            if (!existed) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            throw new DataError("cannot create or write " + file + " (" + option + ")");
        }
    }

    /** The folder {@code file} is to be written in exists; the file itself may not yet. */
    static Path requireOutputFolder(Path file, String option) {
        if (file == null) {
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new DataError("output folder " + folder + " does not exist (" + option + " " + file + "); create it first");
        }
        if (Files.isDirectory(file)) {
            throw new DataError(file + " is a folder; " + option + " takes a file name");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new DataError("cannot write in " + folder + ": permission denied (" + option + ")");
        }
        return file;
    }
}
