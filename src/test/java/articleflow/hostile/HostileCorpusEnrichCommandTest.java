package articleflow.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.cli.CommandLines;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus as one JSON-lines file through the {@code enrich} command: it reads every line (invalid UTF-8
 * included), writes every article it enriched as valid UTF-8 JSON, dead-letters the rest by line number with the
 * manifest's reason, and exits 0.
 */
class HostileCorpusEnrichCommandTest {

    @TempDir
    Path folder;

    @Test
    void shouldEnrichOrDeadLetterEveryLineAndWriteOnlyValidOutput() throws IOException {
        List<HostileCorpus.Entry> corpus = HostileCorpus.load();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (HostileCorpus.Entry entry : corpus) {
            lines.write(entry.value());
            lines.write('\n');
        }
        Path in = folder.resolve("hostile.jsonl");
        Files.write(in, lines.toByteArray());
        Path out = folder.resolve("out.jsonl");
        Path dlq = folder.resolve("dlq.jsonl");

        int exit = CommandLines.run("enrich", "--in", in.toString(), "--out", out.toString(), "--dlq", dlq.toString());

        assertThat(exit).isZero();
        Map<String, EnrichedArticle> enriched = new HashMap<>();
        byte[] written = Files.readAllBytes(out);
        // a strict decoder: it throws on anything that is not valid UTF-8
        StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(written));
        for (String line : new String(written, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                EnrichedArticle article = ArticleJson.fromJson(line, EnrichedArticle.class);
                enriched.put(article.id(), article);
            }
        }
        Map<Long, String> reasonByLine = new HashMap<>();
        for (String line : Files.readAllLines(dlq, StandardCharsets.UTF_8)) {
            JsonNode letter = ArticleJson.fromJson(line, JsonNode.class);
            reasonByLine.put(letter.get("line").asLong(), letter.get("reason").asText());
        }
        for (int i = 0; i < corpus.size(); i++) {
            HostileCorpus.Entry entry = corpus.get(i);
            HostileCorpus.Expectation expected = entry.withoutKey();
            if (expected.outcome().equals("skipped")) {
                assertThat(reasonByLine).as(entry.name()).doesNotContainKey((long) i + 1);
            } else if (expected.enriched()) {
                assertThat(enriched.get(entry.valueId())).as(entry.name()).isNotNull();
                assertThat(OutputSafety.problems(enriched.get(entry.valueId()))).as(entry.name()).isEmpty();
            } else {
                assertThat(reasonByLine.get((long) i + 1)).as(entry.name()).isEqualTo(expected.reason());
            }
        }
    }
}
