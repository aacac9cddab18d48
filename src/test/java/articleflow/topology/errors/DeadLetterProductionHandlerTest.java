package articleflow.topology.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/**
 * A record the broker refuses as too large never stops a partition: it becomes a dead letter and processing goes
 * on, also for a changelog write, where Kafka has no record timestamp and its own dead-letter builder fails.
 */
class DeadLetterProductionHandlerTest {

    private final DeadLetterProductionHandler handler = new DeadLetterProductionHandler();

    DeadLetterProductionHandlerTest() {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldDeadLetterTheRawRecordBehindAChangelogWriteTheBrokerRefuses() {
        Headers lineage = new RecordHeaders();
        Lineage.stamp(lineage, "articles.raw", 4, 1234);
        Context context = new Context("app-feed-replies-repartition", -1L, bytes("kim"), bytes("{\"raw\":true}"), lineage);
        ProducerRecord<byte[], byte[]> changelog = new ProducerRecord<>("app-articles-changelog", bytes("kim"), new byte[10]);

        Response response = handler.handleError(context, changelog, new RecordTooLargeException("too large"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
        assertThat(letter.topic()).isEqualTo("articles.dlq");
        assertThat(letter.key()).isEqualTo(bytes("kim"));
        assertThat(letter.value()).isEqualTo(bytes("{\"raw\":true}"));
        assertThat(letter.timestamp()).as("a timestamp the broker accepts").isPositive();
        assertThat(header(letter, DeadLetters.REASON_HEADER)).isEqualTo("too_large");
        assertThat(header(letter, DeadLetters.STAGE_HEADER)).as("the stage whose write was refused").isEqualTo("assemble");
        assertThat(header(letter, DeadLetters.ERRORS_TOPIC)).isEqualTo("articles.raw");
        assertThat(header(letter, DeadLetters.ERRORS_PARTITION)).isEqualTo("4");
        assertThat(header(letter, DeadLetters.ERRORS_OFFSET)).isEqualTo("1234");
        assertThat(header(letter, "articleflow.error.refused.topic")).isEqualTo("app-articles-changelog");
        assertThat(header(letter, DeadLetters.PAYLOAD_HEADER)).isEqualTo("internal");
    }

    @Test
    void shouldNameTheRecordEvenWhenKafkaNoLongerHoldsItsBytes() {
        Context context = new Context("articles.raw", 1_700_000_000_000L, null, null, new RecordHeaders());
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("articles.enriched", bytes("kim"), new byte[10]);

        ProducerRecord<byte[], byte[]> letter = handler.handleError(context, output, new RecordTooLargeException("x"))
                .deadLetterQueueRecords().get(0);

        assertThat(letter.key()).isEqualTo(bytes("kim"));
        assertThat(letter.value()).isNull();
        assertThat(letter.timestamp()).isEqualTo(1_700_000_000_000L);
        assertThat(header(letter, DeadLetters.PAYLOAD_HEADER)).isEqualTo("none");
    }

    @Test
    void shouldRetryARetriableErrorAndFailOnAnyOther() {
        Context context = new Context("articles.raw", 1L, null, null, new RecordHeaders());
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("articles.enriched", bytes("kim"), bytes("v"));
        assertThat(handler.handleError(context, output, new NotEnoughReplicasException("later")).result())
                .isEqualTo(Result.RETRY);
        assertThat(handler.handleError(context, output, new IllegalStateException("bug")).result())
                .isEqualTo(Result.FAIL);
    }

    private record Context(String topic, long timestamp, byte[] sourceRawKey, byte[] sourceRawValue, Headers headers)
            implements ErrorHandlerContext {

        @Override
        public int partition() {
            return 0;
        }

        @Override
        public long offset() {
            return 99;
        }

        @Override
        public String processorNodeId() {
            return "assemble.publish";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 0);
        }
    }
}
