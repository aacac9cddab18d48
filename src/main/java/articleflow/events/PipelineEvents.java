package articleflow.events;

/**
 * What the stages report as they work, for operators' counters and timers. The stages call it; the ops
 * package decides where the figures go (Micrometer in the running application, nothing offline).
 */
public interface PipelineEvents {

    PipelineEvents NONE = new PipelineEvents() {
    };

    default void accepted(String source) {
    }

    /** An article version was published enriched: its first revision, or a correction's. */
    default void enriched(String source) {
    }

    /** A record went to the dead-letter topic; source is the publisher named in its value, null if unreadable. */
    default void rejected(String reason, String source) {
    }

    default void staleSkipped(String source) {
    }

    default void revisionEmitted(String source) {
    }

    default void withdrawn(String source) {
    }

    default void neighbourUpdates(int count) {
    }

    /** A neighbour update from a feed the article has left, or for a version since replaced: not applied. */
    default void outdatedNeighbourUpdate() {
    }

    /** A feed reply that found no article state in its task: never expected, so counted and logged. */
    default void orphanReply() {
    }

    /**
     * An article's language was settled: {@code outcome} is how ("detected", "agreed", "disagreed", "undecided",
     * "replaced"), {@code language} what the enriched record says (ISO 639-1 or "und").
     */
    default void languageSettled(String source, String outcome, String language) {
    }

    default void normalizeNanos(long nanos) {
    }

    default void summarizeNanos(long nanos) {
    }
}
