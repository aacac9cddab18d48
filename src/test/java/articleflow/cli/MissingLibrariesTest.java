package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The jar copied without the lib/ folder its manifest names: one line that says so, not Java's trace. */
@Timeout(60)
class MissingLibrariesTest {

    @Test
    void shouldSayInOneLineThatTheLibrariesBesideTheJarAreMissing() throws Exception {
        // our own classes and nothing else, as a jar copied alone sees them
        Path ownClasses = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", ownClasses.toString(), Main.class.getName(), "--help").start();
        process.getOutputStream().close();

        assertThat(process.waitFor(45, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(Main.FAILED);
        assertThat(stdout).isEmpty();
        assertThat(stderr.strip().lines()).hasSize(1).first().asString()
                .startsWith("articleflow: a library is missing (picocli/CommandLine)")
                .contains("the jar needs the lib/ folder");
    }
}
