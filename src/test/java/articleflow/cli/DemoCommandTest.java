package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void shouldCountAnArticleAStageAfterAcceptRefusedAsDoneInsteadOfWaitingForItsRevision() {
        // accept lets both through; normalize then dead-letters empty1 as empty_text, so no revision of it ever comes
        DemoCommand.Expectation expected = new DemoCommand.Expectation(Set.of("ok1", "empty1"), 0);
        DemoCommand.Outcome outcome = new DemoCommand.Outcome();
        outcome.ids.add("ok1");

        assertThat(outcome.covers(expected)).isFalse();

        outcome.deadLetter(new ConsumerRecord<>("articles.dlq", 0, 0L, "empty1".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome.covers(expected)).isTrue();
        assertThat(outcome.deadLetters).isEqualTo(1);
    }

    @Test
    void shouldStillWaitForTheDeadLettersAcceptForesaw() {
        DemoCommand.Expectation expected = new DemoCommand.Expectation(Set.of("ok1"), 1);
        DemoCommand.Outcome outcome = new DemoCommand.Outcome();
        outcome.ids.add("ok1");

        assertThat(outcome.covers(expected)).isFalse();
    }
}
