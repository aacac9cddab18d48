package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.Test;

class OfflineMemoryStoreTest {

    private final OfflineMemoryStore store = new OfflineMemoryStore("test");

    private static Bytes key(String text) {
        return Bytes.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] value(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> keysAndValues(KeyValueIterator<Bytes, byte[]> scan) {
        List<String> seen = new ArrayList<>();
        try (scan) {
            scan.forEachRemaining(entry -> seen.add(new String(entry.key.get(), StandardCharsets.UTF_8) + "="
                    + new String(entry.value, StandardCharsets.UTF_8)));
        }
        return seen;
    }

    @Test
    void shouldScanRangesWithKafkasInclusiveBoundsInEitherDirection() {
        for (String k : List.of("a", "b", "c", "d")) {
            store.put(key(k), value(k.toUpperCase()));
        }

        assertThat(keysAndValues(store.range(key("b"), key("c")))).containsExactly("b=B", "c=C");
        assertThat(keysAndValues(store.reverseRange(key("b"), key("d")))).containsExactly("d=D", "c=C", "b=B");
        assertThat(keysAndValues(store.range(key("c"), key("b")))).isEmpty();
        assertThat(keysAndValues(store.range(null, key("b")))).containsExactly("a=A", "b=B");
        assertThat(keysAndValues(store.reverseAll())).containsExactly("d=D", "c=C", "b=B", "a=A");
        assertThat(keysAndValues(store.prefixScan("c", new StringSerializer()))).containsExactly("c=C");
    }

    /** As a RocksDB iterator does: a scan reads the store as it was when the scan began. */
    @Test
    void shouldLetAScanReadTheStoreAsItWasWhenWritesComeWhileItIsOpen() {
        for (String k : List.of("a", "b", "c", "d")) {
            store.put(key(k), value("old"));
        }
        List<String> seen = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> scan = store.all()) {
            KeyValue<Bytes, byte[]> first = scan.next();
            seen.add(new String(first.key.get(), StandardCharsets.UTF_8));
            store.put(key("c"), value("new"));
            store.delete(key("d"));
            store.put(key("bb"), value("new"));
            scan.forEachRemaining(entry -> seen.add(new String(entry.key.get(), StandardCharsets.UTF_8) + "="
                    + new String(entry.value, StandardCharsets.UTF_8)));
        }

        assertThat(seen).containsExactly("a", "b=old", "c=old", "d=old");
        assertThat(keysAndValues(store.all())).containsExactly("a=old", "b=old", "bb=new", "c=new");
    }

    @Test
    void shouldAgreeWithASortedMapUnderRandomWritesAndScans() {
        TreeMap<String, String> reference = new TreeMap<>();
        Random random = new Random(7);
        for (int step = 0; step < 5_000; step++) {
            String k = Character.toString('a' + random.nextInt(20));
            if (random.nextInt(4) == 0) {
                store.delete(key(k));
                reference.remove(k);
            } else {
                store.put(key(k), value(Integer.toString(step)));
                reference.put(k, Integer.toString(step));
            }
            if (step % 50 == 0) {
                String from = Character.toString('a' + random.nextInt(20));
                List<String> expected = new ArrayList<>();
                reference.tailMap(from, true).forEach((rk, rv) -> expected.add(rk + "=" + rv));
                assertThat(keysAndValues(store.range(key(from), null))).isEqualTo(expected);
            }
        }
        assertThat(store.approximateNumEntries()).isEqualTo(reference.size());
    }
}
