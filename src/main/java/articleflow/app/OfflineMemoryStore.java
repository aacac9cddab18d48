package articleflow.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateRestoreCallback;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The offline run's store in memory: a sorted map whose range scans walk a view of the map rather than copy the
 * range (Kafka's in-memory store copies the whole range on every scan, which cost what RocksDB did).
 *
 * <p>A scan sees the store as it was when the scan began, as a RocksDB iterator does: a write while scans are open
 * first has each of them copy what it has not read yet, so only a scan that overlaps a write pays for a copy.
 * Offline state is thrown away at the end and the test driver runs one thread, so nothing here is synchronized.
 */
final class OfflineMemoryStore implements KeyValueStore<Bytes, byte[]> {

    private final String name;
    /**
     * Kafka's order of keys (bytes compared unsigned, a prefix first), compared with the JDK's vectorised
     * comparison: {@code Bytes}' own compares a byte at a time, which was a sixth of the offline run's main thread
     * on keys that share a long prefix (a source's name, an id's stem).
     */
    private final TreeMap<Bytes, byte[]> map = new TreeMap<>((a, b) -> Arrays.compareUnsigned(a.get(), b.get()));
    /** Scans open and still reading the live map. */
    private final Set<ViewIterator> liveScans = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Position position = Position.emptyPosition();
    private volatile boolean open;

    OfflineMemoryStore(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        if (root != null) {
            // the offline stores keep no changelog, so there is never anything to restore
            context.register(root, (StateRestoreCallback) (key, value) -> {
                if (value == null) {
                    map.remove(Bytes.wrap(key));
                } else {
                    map.put(Bytes.wrap(key), value);
                }
            });
        }
        open = true;
    }

    @Override
    public void flush() {
        // nothing to write anywhere
    }

    @Override
    public void commit(Map<org.apache.kafka.common.TopicPartition, Long> changelogOffsets) {
        // nothing to write anywhere
    }

    @Override
    public boolean managesOffsets() {
        return false;
    }

    @Override
    public void close() {
        detachScans();
        map.clear();
        open = false;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound bound, QueryConfig config) {
        return QueryResult.forUnknownQueryType(query, this);
    }

    @Override
    public Position getPosition() {
        return position;
    }

    @Override
    public byte[] get(Bytes key) {
        return map.get(key);
    }

    @Override
    public void put(Bytes key, byte[] value) {
        detachScans();
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    @Override
    public byte[] putIfAbsent(Bytes key, byte[] value) {
        byte[] old = map.get(key);
        if (old == null) {
            put(key, value);
        }
        return old;
    }

    @Override
    public void putAll(List<KeyValue<Bytes, byte[]>> entries) {
        for (KeyValue<Bytes, byte[]> entry : entries) {
            put(entry.key, entry.value);
        }
    }

    @Override
    public byte[] delete(Bytes key) {
        detachScans();
        return map.remove(key);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
        return scan(from, to, false);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> reverseRange(Bytes from, Bytes to) {
        return scan(from, to, true);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> all() {
        return scan(null, null, false);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> reverseAll() {
        return scan(null, null, true);
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<Bytes, byte[]> prefixScan(P prefix, PS serializer) {
        Bytes from = Bytes.wrap(serializer.serialize(null, prefix));
        NavigableMap<Bytes, byte[]> view;
        try {
            view = map.subMap(from, true, Bytes.increment(from), false);
        } catch (IndexOutOfBoundsException noGreaterKey) {
            // an empty prefix, or all 0xFF bytes: every key from it on, as Kafka's RocksDB store scans
            view = map.tailMap(from, true);
        }
        return open(view);
    }

    @Override
    public long approximateNumEntries() {
        return map.size();
    }

    /** Kafka's bounds: both inclusive, null for open; a from after the to is an empty range, as in Kafka's stores. */
    private KeyValueIterator<Bytes, byte[]> scan(Bytes from, Bytes to, boolean reverse) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            return open(Collections.emptyNavigableMap());
        }
        NavigableMap<Bytes, byte[]> view;
        if (from == null && to == null) {
            view = map;
        } else if (from == null) {
            view = map.headMap(to, true);
        } else if (to == null) {
            view = map.tailMap(from, true);
        } else {
            view = map.subMap(from, true, to, true);
        }
        return open(reverse ? view.descendingMap() : view);
    }

    private KeyValueIterator<Bytes, byte[]> open(NavigableMap<Bytes, byte[]> view) {
        ViewIterator scan = new ViewIterator(view.entrySet().iterator());
        liveScans.add(scan);
        return scan;
    }

    /** Before the map changes: every scan still reading it copies the rest of its range and reads that instead. */
    private void detachScans() {
        if (liveScans.isEmpty()) {
            return;
        }
        for (ViewIterator scan : liveScans) {
            scan.detach();
        }
        liveScans.clear();
    }

    private final class ViewIterator implements KeyValueIterator<Bytes, byte[]> {
        private Iterator<Map.Entry<Bytes, byte[]>> entries;
        /** The next entry, its value read when it was reached (a live map entry's value would change with a put). */
        private KeyValue<Bytes, byte[]> peeked;
        private boolean closed;

        ViewIterator(Iterator<Map.Entry<Bytes, byte[]>> entries) {
            this.entries = entries;
        }

        void detach() {
            List<Map.Entry<Bytes, byte[]>> rest = new ArrayList<>();
            entries.forEachRemaining(e -> rest.add(Map.entry(e.getKey(), e.getValue())));
            entries = rest.iterator();
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                throw new IllegalStateException("the iterator of store " + name + " is closed");
            }
            if (peeked != null) {
                return true;
            }
            if (!entries.hasNext()) {
                liveScans.remove(this);
                return false;
            }
            Map.Entry<Bytes, byte[]> entry = entries.next();
            peeked = KeyValue.pair(entry.getKey(), entry.getValue());
            return true;
        }

        @Override
        public KeyValue<Bytes, byte[]> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            KeyValue<Bytes, byte[]> entry = peeked;
            peeked = null;
            return entry;
        }

        @Override
        public Bytes peekNextKey() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return peeked.key;
        }

        @Override
        public void close() {
            closed = true;
            liveScans.remove(this);
        }
    }
}
