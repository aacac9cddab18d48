package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemporaryFolderTest {

    @Test
    void shouldRemoveTheFolderAndAllInItWhenClosed() throws IOException {
        Path path;
        try (TemporaryFolder folder = TemporaryFolder.create("articleflow-test-")) {
            path = folder.path();
            Files.createDirectories(path.resolve("store/rocksdb"));
            Files.writeString(path.resolve("store/rocksdb/000001.sst"), "state");
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void shouldRemoveTheFolderAndSayWhyWhenTheJvmStopsFirst() throws IOException {
        TemporaryFolder folder = TemporaryFolder.create("articleflow-test-", () -> "articleflow: enrich interrupted");
        Files.writeString(folder.path().resolve("state"), "state");
        PrintStream stderr = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            folder.runAsOnShutdown();
        } finally {
            System.setErr(stderr);
        }
        assertThat(folder.path()).doesNotExist();
        assertThat(said.toString(StandardCharsets.UTF_8)).isEqualTo("articleflow: enrich interrupted" + System.lineSeparator());
        folder.close(); // already gone: nothing to do, nothing said
    }

    @Test
    void shouldStopWhatWritesInTheFolderBeforeRemovingIt() throws IOException {
        // a broker writing its log while the folder is removed would leave files behind
        java.util.List<Boolean> folderThereWhenStopped = new java.util.ArrayList<>();
        TemporaryFolder[] folder = new TemporaryFolder[1];
        folder[0] = TemporaryFolder.create("articleflow-test-", () -> null,
                () -> folderThereWhenStopped.add(Files.exists(folder[0].path())));

        folder[0].close();

        assertThat(folderThereWhenStopped).containsExactly(true);
        assertThat(folder[0].path()).doesNotExist();
    }

    @Test
    void shouldStopWhatWritesInTheFolderOnShutdownToo() throws IOException {
        java.util.List<Boolean> folderThereWhenStopped = new java.util.ArrayList<>();
        TemporaryFolder[] folder = new TemporaryFolder[1];
        folder[0] = TemporaryFolder.create("articleflow-test-", () -> null,
                () -> folderThereWhenStopped.add(Files.exists(folder[0].path())));

        folder[0].runAsOnShutdown();

        assertThat(folderThereWhenStopped).containsExactly(true);
        assertThat(folder[0].path()).doesNotExist();
    }
}
