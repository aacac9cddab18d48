package articleflow.topology.wire;

/** What the by-id intake sends on: a request for the by-source stages, or the id of an article withdrawn. */
public record IntakeOutput(FeedRequest feedRequest, String withdrawnId) {

    public static IntakeOutput request(FeedRequest request) {
        return new IntakeOutput(request, null);
    }

    public static IntakeOutput withdrawal(String id) {
        return new IntakeOutput(null, id);
    }

    public boolean isWithdrawal() {
        return withdrawnId != null;
    }
}
