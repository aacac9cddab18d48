package articleflow.app.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a bench measures: how many articles the pipeline run gets, how large and how many of them HTML pages, the
 * processing guarantee both topologies run with, and the input topic's partitions; each lever (one setting) gets
 * a pipeline run of its own after the plain one, to compare with it.
 *
 * @param latencyRate articles per second the latency run offers; 0 for half the pipeline's measured rate (a fixed
 *                    rate compares two versions or settings at the same load, where half of each one's own rate
 *                    would load the faster one more)
 */
public record BenchOptions(int articles, int bodyBytes, double htmlShare, String guarantee, int partitions,
                           int sources, long seed, boolean latency, double latencyRate, Map<String, String> levers) {

    public static final String EXACTLY_ONCE = "exactly_once_v2";
    public static final String AT_LEAST_ONCE = "at_least_once";

    /** Seconds a measured run should last at least, so that start-up and the last commit are not the figure. */
    public static final int MIN_RUN_SECONDS = 20;

    public BenchOptions {
        if (articles < 1 || bodyBytes < 64 || partitions < 1 || sources < 1) {
            throw new IllegalArgumentException("articles, partitions and sources must be positive, size at least 64 bytes");
        }
        if (!(latencyRate >= 0) || Double.isInfinite(latencyRate)) {
            throw new IllegalArgumentException("the latency rate is articles per second, 0 or more, not " + latencyRate);
        }
        if (!(htmlShare >= 0 && htmlShare <= 1)) {
            throw new IllegalArgumentException("the HTML share is a fraction between 0 and 1, not " + htmlShare);
        }
        Objects.requireNonNull(guarantee);
        levers = Collections.unmodifiableMap(new LinkedHashMap<>(levers));
        if (!guarantee.equals(EXACTLY_ONCE) && !guarantee.equals(AT_LEAST_ONCE)) {
            throw new IllegalArgumentException("guarantee must be " + EXACTLY_ONCE + " or " + AT_LEAST_ONCE + ", not " + guarantee);
        }
    }
}
