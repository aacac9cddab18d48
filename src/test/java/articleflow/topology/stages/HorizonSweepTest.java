package articleflow.topology.stages;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HorizonSweepTest {

    private KeyValueStore<String, Long> publishedAt;
    /** Deletes what is older than the cutoff, halves nothing: values are publication times. */
    private HorizonSweep<Long> sweep;

    @BeforeEach
    void store() {
        publishedAt = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("published-at"), Serdes.String(),
                Serdes.Long()).withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        publishedAt.init(context.getStateStoreContext(), publishedAt);
        sweep = new HorizonSweep<>(publishedAt, (time, cutoff) -> time < cutoff ? null : time);
    }

    @Test
    void shouldDeleteWhatIsBehindTheCutoffAndKeepTheRest() {
        publishedAt.put("old", 10L);
        publishedAt.put("new", 30L);

        int retired = sweep.step(20);

        assertThat(retired).isEqualTo(1);
        assertThat(publishedAt.get("old")).isNull();
        assertThat(publishedAt.get("new")).isEqualTo(30L);
    }

    @Test
    void shouldReadOneSliceAStepAndCoverTheWholeStoreInOrder() {
        int entries = HorizonSweep.SLICE * 2 + 7;
        for (int i = 0; i < entries; i++) {
            publishedAt.put(String.format("a%05d", i), 1L);
        }

        assertThat(sweep.step(2)).isEqualTo(HorizonSweep.SLICE);
        assertThat(publishedAt.get("a00000")).isNull();
        assertThat(publishedAt.get(String.format("a%05d", HorizonSweep.SLICE))).as("the next slice's first").isEqualTo(1L);
        assertThat(sweep.step(2)).isEqualTo(HorizonSweep.SLICE);
        assertThat(sweep.step(2)).isEqualTo(7);
        assertThat(publishedAt.approximateNumEntries()).isZero();
    }

    @Test
    void shouldStartOverAfterTheLastKey() {
        publishedAt.put("a", 10L);
        publishedAt.put("b", 10L);
        sweep.step(5); // a whole pass: nothing old enough yet

        publishedAt.put("c", 10L);
        int retired = sweep.step(20);

        assertThat(retired).as("the next pass starts from the first key again").isEqualTo(3);
    }

    @Test
    void shouldKeepWhatTheRuleShrinksInsteadOfDeleting() {
        HorizonSweep<Long> shrinking = new HorizonSweep<>(publishedAt, (time, cutoff) -> time < cutoff ? 0L : time);
        publishedAt.put("old", 10L);

        shrinking.step(20);

        assertThat(publishedAt.get("old")).isZero();
    }
}
