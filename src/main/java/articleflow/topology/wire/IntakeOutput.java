package articleflow.topology.wire;

/**
 * What the by-id intake sends on: a request for the by-source stages, or the id of an article withdrawn and the
 * version the withdrawal took. Passed between processors of one task only, never serialized.
 */
public record IntakeOutput(FeedRequest feedRequest, String withdrawnId, long withdrawnVersion) {

    public static IntakeOutput request(FeedRequest request) {
        return new IntakeOutput(request, null, 0);
    }

    public static IntakeOutput withdrawal(String id, long version) {
        return new IntakeOutput(null, id, version);
    }

    public boolean isWithdrawal() {
        return withdrawnId != null;
    }
}
