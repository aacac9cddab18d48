package articleflow.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The last few minutes of an application's total lag, a fixed number of samples, oldest dropped first. */
public final class LagHistory {

    public record Sample(Instant at, long totalLag) {
    }

    private final Sample[] samples;
    private int next;
    private int size;

    public LagHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.samples = new Sample[capacity];
    }

    public synchronized void add(Sample sample) {
        samples[next] = sample;
        next = (next + 1) % samples.length;
        size = Math.min(size + 1, samples.length);
    }

    /** The samples kept, oldest first. */
    public synchronized List<Sample> samples() {
        List<Sample> ordered = new ArrayList<>(size);
        int start = (next - size + samples.length) % samples.length;
        for (int i = 0; i < size; i++) {
            ordered.add(samples[(start + i) % samples.length]);
        }
        return ordered;
    }

    public synchronized Sample latest() {
        return size == 0 ? null : samples[(next - 1 + samples.length) % samples.length];
    }
}
