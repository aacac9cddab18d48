package articleflow.app.bench;

import java.util.Map;

/**
 * What one timed run of a topology cost: wall time from {@code KafkaStreams.start()} until every input and
 * repartition topic's lag was zero, CPU of this JVM and of the broker over that time, bytes the run left on the
 * broker per topic, and what it wrote to the output.
 *
 * @param articles       distinct articles the run processed (a pass-through counts each copy it re-reads)
 * @param records        input records (an article's corrections and withdrawal are records of their own)
 * @param inputBytes     keys and values of the input records, as produced
 * @param jitSeconds     time this JVM's JIT compilers spent compiling during the run (part of the job's CPU: code
 *                       still being compiled costs CPU that a long-running job no longer pays), NaN if not measured
 * @param bytesByTopic   bytes on the broker per topic of the run, named without the run's prefix
 * @param outputRecords  records on the output topic, as a read_committed consumer sees them
 * @param peakHeapBytes  the highest heap use sampled every 250 ms during the run
 * @param stateBytes     the job's local state on disk once it closed (every store's files under its state.dir)
 */
public record RunResult(String name, long articles, long records, long inputBytes, double seconds, double jobCpuSeconds,
                        double jitSeconds, double brokerCpuSeconds, Map<String, Long> bytesByTopic, long outputRecords,
                        long peakHeapBytes, long stateBytes, String loadBefore, String loadAfter) {

    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double recordsPerSecond() {
        return records / seconds;
    }

    public double megabytesPerSecondIn() {
        return inputBytes / 1e6 / seconds;
    }

    public double jobCpuPerThousand() {
        return jobCpuSeconds * 1000 / articles;
    }

    public double jitPerThousand() {
        return jitSeconds * 1000 / articles;
    }

    public double brokerCpuPerThousand() {
        return brokerCpuSeconds * 1000 / articles;
    }

    public double revisionsPerArticle() {
        return (double) outputRecords / articles;
    }

    public long bytesPerArticle(String topic) {
        Long bytes = bytesByTopic.get(topic);
        return bytes == null ? 0 : Math.round((double) bytes / articles);
    }

    /** Local state per 100,000 articles, in MB: what the stores keep, as opposed to what they wrote. */
    public double stateMegabytesPer100k() {
        return stateBytes / 1e6 * 100_000 / articles;
    }

    public long bytesWrittenPerArticle() {
        return Math.round(bytesByTopic.values().stream().mapToLong(Long::longValue).sum() / (double) articles);
    }
}
