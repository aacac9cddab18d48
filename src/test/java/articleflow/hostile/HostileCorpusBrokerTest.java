package articleflow.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.app.BrokerPipeline;
import articleflow.app.OutputLog;
import articleflow.broker.BrokerTest;
import articleflow.cli.CommandLines;
import articleflow.model.EnrichedArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus on a real broker, through the streaming job: sent keyed by a plain producer, and sent by
 * {@code produce} from a JSON-lines file. Every record is enriched safely or dead-lettered with the manifest's
 * reason; {@code produce} sends what it can and names, in one line each, what it could not.
 */
@BrokerTest
class HostileCorpusBrokerTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(110);
    /** What a publisher's producer sends at most (the body limit plus 1 MiB): a larger record never reaches Kafka. */
    private static final int PRODUCER_LIMIT = 3 * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void shouldEnrichOrDeadLetterEveryKeyedRecordOfTheCorpus() throws Exception {
        List<HostileCorpus.Entry> corpus = HostileCorpus.load();
        try (BrokerPipeline pipeline = BrokerPipeline.create("hostile-keyed", folder.resolve("state"), 2);
             OutputLog enriched = pipeline.enriched();
             OutputLog deadLetters = pipeline.deadLetters()) {
            pipeline.startJob();
            List<HostileCorpus.Entry> sent = new ArrayList<>();
            for (HostileCorpus.Entry entry : corpus) {
                if (entry.key() != null && entry.value().length < PRODUCER_LIMIT - 1024) {
                    pipeline.produce(entry.key(), entry.value());
                    sent.add(entry);
                }
            }
            pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
            assertThat(deadLetters.readToEnd(IDLE_TIMEOUT)).isTrue();
            Map<String, EnrichedArticle> latest = enriched.latestById();
            List<String> wrong = new ArrayList<>();
            for (HostileCorpus.Entry entry : sent) {
                check(entry, entry.expected(), entry.keyText(), latest, deadLetters.records(), wrong);
            }
            assertThat(wrong).isEmpty();
        }
    }

    @Test
    void shouldSendEveryLineItCanWithProduceAndNameTheRest() throws Exception {
        List<HostileCorpus.Entry> corpus = HostileCorpus.load();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        corpus.forEach(entry -> {
            lines.writeBytes(entry.value());
            lines.write('\n');
        });
        Path file = folder.resolve("hostile.jsonl");
        Files.write(file, lines.toByteArray());
        try (BrokerPipeline pipeline = BrokerPipeline.create("hostile-produce", folder.resolve("state"), 2);
             OutputLog enriched = pipeline.enriched();
             OutputLog deadLetters = pipeline.deadLetters()) {
            pipeline.startJob();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            PrintStream originalErr = System.err;
            int exit;
            try (PrintStream capture = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
                System.setErr(capture);
                exit = CommandLines.run("produce", "--bootstrap-servers", pipeline.config().get("bootstrap.servers"),
                        "-D", "articleflow.topics.raw=" + pipeline.config().rawTopic(), file.toString());
            } finally {
                System.setErr(originalErr);
            }
            String said = errors.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(said).isEqualTo(1);
            for (HostileCorpus.Entry entry : corpus) {
                if (entry.refusedByProduce()) {
                    assertThat(said).as(entry.name()).contains("hostile.jsonl:" + (corpus.indexOf(entry) + 1));
                }
            }
            assertThat(said.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(1000));

            pipeline.awaitIdle(enriched, IDLE_TIMEOUT);
            assertThat(deadLetters.readToEnd(IDLE_TIMEOUT)).isTrue();
            Map<String, EnrichedArticle> latest = enriched.latestById();
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                HostileCorpus.Entry entry = corpus.get(i);
                if (entry.refusedByProduce() || entry.withoutKey().outcome().equals("skipped")) {
                    continue;
                }
                String id = entry.valueId() != null ? entry.valueId() : "hostile.jsonl:" + (i + 1);
                check(entry, entry.withoutKey(), id, latest, deadLetters.records(), wrong);
            }
            assertThat(wrong).isEmpty();
        }
    }

    private static void check(HostileCorpus.Entry entry, HostileCorpus.Expectation expected, String id,
                              Map<String, EnrichedArticle> latest, List<ConsumerRecord<byte[], byte[]>> letters,
                              List<String> wrong) {
        if (expected.enriched()) {
            EnrichedArticle article = latest.get(id);
            if (article == null) {
                wrong.add(entry.name() + ": not enriched under " + id);
            } else if (!OutputSafety.problems(article).isEmpty()) {
                wrong.add(entry.name() + ": " + OutputSafety.problems(article));
            }
            return;
        }
        List<String> reasons = letters.stream().filter(letter -> id.equals(OutputLog.key(letter)))
                .map(letter -> OutputLog.header(letter, "articleflow.error.reason")).toList();
        if (!reasons.contains(expected.reason())) {
            wrong.add(entry.name() + ": dead letters " + reasons + " instead of " + expected.reason());
        }
    }
}
