package articleflow.app.bench;

/**
 * End-to-end latency at a fixed offered load: from each article's scheduled send time (open loop: a producer that
 * falls behind does not move the schedule) to the first record of that id a read_committed consumer of the output
 * sees.
 *
 * <p>The figures are of the articles due after a lead-in of {@link LatencyProbe#LEAD_IN_SECONDS}: a fresh
 * application's first seconds (its first transactions, the metadata of every topic it writes, the JIT compiling
 * what a trickle of records runs) are start-up, not the steady state a job running for hours is in. The lead-in's
 * own p99 is reported beside them.
 *
 * @param offeredRecordsPerSecond the constant rate records were scheduled at
 * @param seconds                 how long the sends took, lead-in included
 * @param articles                articles sent after the lead-in
 * @param seen                    of those, the articles whose first revision arrived before the bench stopped waiting
 * @param leadInArticles          articles sent during the lead-in, not in the figures
 * @param leadInP99Millis         their p99, NaN when none arrived
 */
public record LatencyResult(double offeredRecordsPerSecond, double offeredArticlesPerSecond, double seconds,
                            int articles, int seen, double p50Millis, double p99Millis, double maxMillis,
                            int leadInArticles, double leadInP99Millis) {
}
