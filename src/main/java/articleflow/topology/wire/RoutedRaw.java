package articleflow.topology.wire;

/**
 * A raw record's value and whether it already sits on the partition its key belongs to. Passed between two
 * processors of one task only, never serialized.
 */
public record RoutedRaw(byte[] value, boolean inPlace) {
}
