package articleflow.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** normalize is plain Java: only its Kafka Streams adapter, elsewhere, may touch Kafka. */
class StageBoundaryTest {

    @Test
    void shouldNotImportKafka() throws IOException {
        Path sources = Path.of("src/main/java/articleflow/normalize");
        try (Stream<Path> files = Files.list(sources)) {
            List<Path> offenders = files.filter(f -> {
                try {
                    return Files.readString(f).contains("org.apache.kafka");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
