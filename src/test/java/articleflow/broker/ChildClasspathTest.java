package articleflow.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildClasspathTest {

    @TempDir
    Path folder;

    @Test
    void shouldSpellOutTheLibrariesAJarNamesInItsManifestAsAbsolutePaths() throws Exception {
        Path app = jarWithClassPath(folder.resolve("articleflow.jar"), "lib/kafka_2.13-4.4.0.jar lib/kafka-clients-4.4.0.jar");

        assertThat(ChildClasspath.expand(app.toString())).containsExactly(
                app.toString(),
                folder.resolve("lib/kafka_2.13-4.4.0.jar").toString(),
                folder.resolve("lib/kafka-clients-4.4.0.jar").toString());
    }

    @Test
    void shouldKeepPlainEntriesInOrderAndOnlyOnce() {
        String classes = folder.resolve("classes").toString();
        String lib = folder.resolve("lib.jar").toString();

        assertThat(ChildClasspath.expand(classes + File.pathSeparator + lib + File.pathSeparator + classes))
                .containsExactly(classes, lib);
    }

    @Test
    void shouldGiveTheChildTheClassesThatRunTheBroker() {
        assertThat(ChildClasspath.ofThisJvm()).contains("kafka_2.13-").contains("kafka-clients-");
    }

    private static Path jarWithClassPath(Path jar, String classPath) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
