package articleflow.assemble;

/**
 * Where a version of an article stands in its publisher's stream: the raw record's partition, offset and
 * timestamp. All records of one id normally share a partition, where the offset orders them exactly; if a
 * publisher changed partitioner, their timestamps order them instead. A record replayed from the dead-letter
 * topic keeps the stamp of the record it was, so it is never taken for a newer one.
 */
public record VersionStamp(int partition, long offset, long timestamp) {

    /** True when this record came after {@code other}, or is that same record read again (a reprocess). */
    public boolean isNotOlderThan(VersionStamp other) {
        if (other == null) {
            return true;
        }
        return partition == other.partition ? offset >= other.offset : timestamp >= other.timestamp;
    }

    /** True when this record came strictly after {@code other}. */
    public boolean isNewerThan(VersionStamp other) {
        if (other == null) {
            return true;
        }
        return partition == other.partition ? offset > other.offset : timestamp > other.timestamp;
    }
}
