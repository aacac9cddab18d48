package articleflow.topics;

/**
 * One way a topic on the cluster differs from its spec. Drift is reported, never repaired by
 * deleting or recreating: the topics hold the log of record.
 *
 * @param setting what differs: {@code "partitions"}, {@code "replication.factor"}, a topic config name, or {@code "topic"} when it is missing
 */
public record Drift(String topic, Kind kind, String setting, String expected, String actual) {

    public enum Kind { MISSING_TOPIC, PARTITIONS, REPLICATION_FACTOR, CONFIG }

    static Drift missing(String topic) {
        return new Drift(topic, Kind.MISSING_TOPIC, "topic", "present", "missing");
    }

    /** One line for an operator, e.g. {@code articles.enriched: cleanup.policy is delete, expected compact}. */
    public String describe() {
        return switch (kind) {
            case MISSING_TOPIC -> topic + ": missing";
            case PARTITIONS -> topic + ": " + actual + " partitions, expected " + expected
                    + " (left as is: changing the count moves keys to other partitions)";
            case REPLICATION_FACTOR -> topic + ": replication factor " + actual + ", expected " + expected;
            case CONFIG -> topic + ": " + setting + " is " + actual + ", expected " + expected;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
