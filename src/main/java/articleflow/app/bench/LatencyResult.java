package articleflow.app.bench;

/**
 * End-to-end latency at a fixed offered load: from each article's scheduled send time (open loop: a producer that
 * falls behind does not move the schedule) to the first record of that id a read_committed consumer of the output
 * sees.
 *
 * @param offeredRecordsPerSecond the constant rate records were scheduled at
 * @param articles                articles sent
 * @param seen                    articles whose first revision arrived before the bench stopped waiting
 */
public record LatencyResult(double offeredRecordsPerSecond, double offeredArticlesPerSecond, double seconds,
                            int articles, int seen, double p50Millis, double p99Millis, double maxMillis) {
}
