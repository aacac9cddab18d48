package articleflow.topology.stages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Walks a store a slice at a time, in key order, and lets a rule retire what fell behind the horizon: keep it,
 * keep less of it, or delete it. A punctuation reads one slice, never the whole store, so a store of millions of
 * entries is swept in bounded steps without holding up the stream thread; the next slice starts after the last key
 * read, and after the last key the walk starts over. The horizon is measured on the newest published_at the task
 * has seen ({@link #seen}), not on arrival or the wall clock.
 */
final class HorizonSweep<V> {

    /** Entries read per step. */
    static final int SLICE = 100;
    /** How often a step runs. */
    static final Duration EVERY = Duration.ofSeconds(10);

    private final KeyValueStore<String, V> store;
    /** (value, cutoff millis) to the value to keep: the same one, a smaller one, or null to delete it. */
    private final BiFunction<V, Long, V> retire;
    private String lastKey;
    private long newestPublished = Long.MIN_VALUE;

    HorizonSweep(KeyValueStore<String, V> store, BiFunction<V, Long, V> retire) {
        this.store = store;
        this.retire = retire;
    }

    /** A sweep of {@code store} every {@link #EVERY} of wall-clock time, against {@code horizon}. */
    static <V> HorizonSweep<V> scheduled(ProcessingContext context, KeyValueStore<String, V> store, Duration horizon,
                                         BiFunction<V, Long, V> retire) {
        HorizonSweep<V> sweep = new HorizonSweep<>(store, retire);
        context.schedule(EVERY, PunctuationType.WALL_CLOCK_TIME, now -> {
            if (sweep.newestPublished != Long.MIN_VALUE) {
                sweep.step(sweep.newestPublished - horizon.toMillis());
            }
        });
        return sweep;
    }

    /** An article published at {@code publishedAtMillis} went through the task: the horizon's clock moves on. */
    void seen(long publishedAtMillis) {
        newestPublished = Math.max(newestPublished, publishedAtMillis);
    }

    /** One step: up to {@link #SLICE} entries, each older than {@code cutoffMillis} retired; returns how many. */
    int step(long cutoffMillis) {
        List<KeyValue<String, V>> changed = new ArrayList<>();
        int read = 0;
        try (KeyValueIterator<String, V> entries = lastKey == null ? store.all() : store.range(lastKey, null)) {
            while (entries.hasNext() && read < SLICE) {
                KeyValue<String, V> entry = entries.next();
                if (entry.key.equals(lastKey)) {
                    continue; // the range starts at the last key read, which the step before handled
                }
                read++;
                lastKey = entry.key;
                if (entry.value == null) {
                    continue; // a record cache shows a deleted entry this way
                }
                V kept = retire.apply(entry.value, cutoffMillis);
                if (kept != entry.value) {
                    changed.add(KeyValue.pair(entry.key, kept));
                }
            }
            if (!entries.hasNext()) {
                lastKey = null;
            }
        }
        for (KeyValue<String, V> entry : changed) {
            if (entry.value == null) {
                store.delete(entry.key);
            } else {
                store.put(entry.key, entry.value);
            }
        }
        return changed.size();
    }
}
