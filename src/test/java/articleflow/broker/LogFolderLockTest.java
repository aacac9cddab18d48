package articleflow.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFolderLockTest {

    @Test
    void shouldRefuseAFolderAnotherBrokerHoldsBeforeRewritingItsPorts(@TempDir Path dataDir) throws Exception {
        Path logDir = Files.createDirectories(dataDir.resolve("kafka-logs"));
        Path serverProperties = dataDir.resolve("server.properties");
        ServerProperties.write(ServerProperties.of(new BrokerPorts(41001, 41002), logDir), serverProperties);
        String before = Files.readString(serverProperties);

        try (FileChannel channel = FileChannel.open(logDir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThatThrownBy(() -> EmbeddedBroker.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the broker data folder " + dataDir + " is in use by another running broker")
                    .hasMessageNotContaining("\n");
        }

        assertThat(Files.readString(serverProperties)).isEqualTo(before);
    }

    @Test
    void shouldLetAFolderWhoseBrokerStoppedOrThatNeverRanThrough(@TempDir Path dataDir) throws Exception {
        Path logDir = Files.createDirectories(dataDir.resolve("kafka-logs"));
        LogFolderLock.requireFree(logDir, dataDir);

        Files.createFile(logDir.resolve(".lock"));
        LogFolderLock.requireFree(logDir, dataDir);
    }
}
