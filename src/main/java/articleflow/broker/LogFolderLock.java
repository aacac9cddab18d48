package articleflow.broker;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a running broker holds Kafka's own lock ({@code .lock}) on a data folder's partitions. A second
 * {@code run --embedded} or {@code demo --data-dir} on the same folder must stop before it touches anything: going on
 * would rewrite the folder's ports under the running broker (its next start would listen elsewhere) and then fail on
 * this same lock with a page of the child's stack traces.
 */
final class LogFolderLock {

    private LogFolderLock() {
    }

    /** Throws, in one line, when another broker is using {@code logDir}; a folder never started has no lock yet. */
    static void requireFree(Path logDir, Path dataDir) {
        Path lockFile = logDir.resolve(".lock");
        if (Files.isRegularFile(lockFile) && isHeld(lockFile)) {
            throw new IllegalStateException("the broker data folder " + dataDir + " is in use by another running broker"
                    + " (another `run --embedded` or `demo --data-dir` on it?); stop that one or give another --data-dir");
        }
    }

    private static boolean isHeld(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return true;
        } catch (IOException unreadable) {
            return false; // not ours to judge: the broker's own start-up says what is wrong with the folder
        }
    }
}
