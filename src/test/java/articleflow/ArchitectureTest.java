package articleflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each stage is plain Java that can be tested without Kafka; only its thin processor adapter touches Kafka
 * Streams (DESIGN.md, "The topology, as stages"; STYLE.md, Kafka's import-control).
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "articleflow");

    /** The packages whose logic must not depend on Kafka. */
    private static final List<String> STAGE_PACKAGES =
            List.of("accept", "normalize", "summarize", "link", "assemble", "model", "config");

    /**
     * Kafka adapters that are not named {@code …Processor}, relative to {@code articleflow/}. Adding one here is
     * a decision: it should be a thin adapter with its logic in a plain class beside it.
     */
    private static final Set<String> OTHER_KAFKA_ADAPTERS = Set.of(
            "link/KeyValueFeedStore.java",
            "accept/Lineage.java");

    private static final Pattern KAFKA_IMPORT =
            Pattern.compile("^\\s*import\\s+(?:static\\s+)?(org\\.apache\\.kafka\\.[\\w.*]+)\\s*;");

    @Test
    void shouldKeepKafkaOutOfTheStagesLogic() throws IOException {
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        for (String stage : STAGE_PACKAGES) {
            Path dir = SOURCES.resolve(stage);
            assertThat(dir).as("stage package %s", stage).isDirectory();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    scanned++;
                    if (!isKafkaAdapter(file)) {
                        violations.addAll(kafkaImports(file));
                    }
                }
            }
        }
        assertThat(scanned).as("stage source files scanned").isPositive();
        assertThat(violations)
                .as("stage logic importing Kafka; move it into a …Processor adapter or list the file as an adapter")
                .isEmpty();
    }

    @Test
    void shouldListOnlyAdaptersThatExist() {
        assertThat(OTHER_KAFKA_ADAPTERS).allSatisfy(adapter -> assertThat(SOURCES.resolve(adapter)).isRegularFile());
    }

    private static boolean isKafkaAdapter(Path file) {
        String name = file.getFileName().toString();
        String relative = SOURCES.relativize(file).toString().replace('\\', '/');
        return name.endsWith("Processor.java") || OTHER_KAFKA_ADAPTERS.contains(relative);
    }

    private static List<String> kafkaImports(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = KAFKA_IMPORT.matcher(lines.get(i));
            if (matcher.find()) {
                found.add(file + ":" + (i + 1) + " imports " + matcher.group(1));
            }
        }
        return found;
    }
}
