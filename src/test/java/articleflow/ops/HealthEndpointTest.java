package articleflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class HealthEndpointTest {

    @Test
    void shouldBeAliveUnlessFailedOrStopped() {
        assertThat(Arrays.stream(State.values()).filter(HealthEndpoint::alive))
                .containsExactlyInAnyOrder(State.CREATED, State.REBALANCING, State.RUNNING, State.PENDING_SHUTDOWN);
    }

    @Test
    void shouldBeReadyOnlyWhileRunning() {
        assertThat(Arrays.stream(State.values()).filter(HealthEndpoint::ready)).containsExactly(State.RUNNING);
    }
}
