package articleflow.summarize;

import java.util.Arrays;

/**
 * An open-addressing table from short char sequences to dense ids 0, 1, 2, ..., storing the
 * characters in one pooled array so that looking up a token allocates nothing.
 */
final class TermTable {

    private int[] slots;          // id + 1, or 0 when empty
    private int[] hashes;         // hash per id
    private int[] offsets;        // start in pool per id, with offsets[id + 1] its end
    private char[] pool;
    private int size;

    TermTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new int[capacity];
        hashes = new int[expected];
        offsets = new int[expected + 1];
        pool = new char[expected * 8];
    }

    int size() {
        return size;
    }

    /** {@code String.hashCode()} of the sequence: a caller that reads the characters anyway can roll it itself. */
    static int rawHash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private static int spread(int rawHash) {
        return rawHash ^ (rawHash >>> 16);
    }

    /** The id of the sequence, or -1 when absent. */
    int find(char[] chars, int length) {
        return find(chars, length, rawHash(chars, length));
    }

    /** As {@link #find(char[], int)}, with the sequence's {@link #rawHash} already known. */
    int find(char[] chars, int length, int rawHash) {
        int h = spread(rawHash);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (matches(slot - 1, h, chars, length)) {
                return slot - 1;
            }
        }
    }

    /** The id of the sequence, adding it when absent. */
    int intern(char[] chars, int length) {
        return intern(chars, length, rawHash(chars, length));
    }

    /** As {@link #intern(char[], int)}, with the sequence's {@link #rawHash} already known. */
    int intern(char[] chars, int length, int rawHash) {
        int h = spread(rawHash);
        int mask = slots.length - 1;
        int i = h & mask;
        for (; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                break;
            }
            if (matches(slot - 1, h, chars, length)) {
                return slot - 1;
            }
        }
        int id = size++;
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, id * 2);
            offsets = Arrays.copyOf(offsets, id * 2 + 1);
        }
        int start = offsets[id];
        if (start + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, start + length));
        }
        System.arraycopy(chars, 0, pool, start, length);
        offsets[id + 1] = start + length;
        hashes[id] = h;
        slots[i] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private boolean matches(int id, int h, char[] chars, int length) {
        if (hashes[id] != h || offsets[id + 1] - offsets[id] != length) {
            return false;
        }
        // terms are a few characters long: a plain loop beats the vectorised Arrays.equals at this length
        int start = offsets[id];
        for (int i = 0; i < length; i++) {
            if (pool[start + i] != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int i = hashes[id] & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = id + 1;
        }
        slots = bigger;
    }
}
