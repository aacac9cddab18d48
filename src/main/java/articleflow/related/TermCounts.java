package articleflow.related;

/**
 * Counts by 64-bit term id in an open-addressing table of primitives: a partition's document frequencies take 12
 * to 24 bytes per distinct term and no boxing, so rebuilding them from the store at start-up is fast. A count that
 * drops to zero leaves the table (backward-shift deletion, no tombstones).
 */
final class TermCounts {

    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int size;

    int size() {
        return size;
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (counts[i] == 0) {
                return 0;
            }
            if (keys[i] == key) {
                return counts[i];
            }
        }
    }

    /** Adds {@code delta} to the key's count; a count at or below zero removes the key. */
    void add(long key, int delta) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (counts[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (counts[i] == 0) {
            if (delta <= 0) {
                return;
            }
            keys[i] = key;
            counts[i] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
            return;
        }
        counts[i] += delta;
        if (counts[i] <= 0) {
            delete(i);
        }
    }

    private void delete(int hole) {
        int mask = keys.length - 1;
        counts[hole] = 0;
        size--;
        for (int i = (hole + 1) & mask; counts[i] != 0; i = (i + 1) & mask) {
            int home = slot(keys[i], mask);
            // move the entry into the hole if the hole lies between its home slot and where it sits
            if (((i - home) & mask) >= ((i - hole) & mask)) {
                keys[hole] = keys[i];
                counts[hole] = counts[i];
                counts[i] = 0;
                hole = i;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldCounts[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (counts[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        // term ids are already well-mixed hashes; fold the high bits in anyway
        return (int) (key ^ (key >>> 32)) & mask;
    }

    @Override
    public String toString() {
        return "TermCounts[" + size + " terms]";
    }
}
