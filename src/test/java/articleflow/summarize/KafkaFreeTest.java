package articleflow.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The summarize stage is plain Java: only its processor adapter elsewhere may touch Kafka. */
class KafkaFreeTest {

    @Test
    void shouldNotImportKafka() throws IOException {
        Path dir = Path.of("src/main/java/articleflow/summarize");
        List<Path> offenders;
        try (Stream<Path> files = Files.list(dir)) {
            offenders = files.filter(f -> {
                try {
                    return Files.readString(f).contains("org.apache.kafka");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
