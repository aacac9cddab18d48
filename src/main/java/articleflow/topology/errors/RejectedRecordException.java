package articleflow.topology.errors;

import articleflow.model.RejectReason;

/**
 * Thrown by a stage for a record it refuses, so that Kafka Streams' processing exception handler sends the
 * record, untouched, to the dead-letter topic with this stage and reason. Expected, so no stack trace.
 */
public final class RejectedRecordException extends RuntimeException {

    private final String stage;
    private final RejectReason reason;

    public RejectedRecordException(String stage, RejectReason reason, String message) {
        super(message, null, false, false);
        this.stage = stage;
        this.reason = reason;
    }

    public String stage() {
        return stage;
    }

    public RejectReason reason() {
        return reason;
    }
}
