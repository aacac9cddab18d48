package articleflow.topology.wire;

import articleflow.assemble.ArticleDraft;

/**
 * What the by-id intake sends on: a request for the by-source stages, the id of an article withdrawn and the
 * version the withdrawal took, or a version just accepted (for the related stage to count its terms in the order
 * the partition received it). Passed between processors of one task only, never serialized.
 */
public record IntakeOutput(FeedRequest feedRequest, String withdrawnId, long withdrawnVersion, ArticleDraft accepted,
                           long acceptedVersion) {

    public static IntakeOutput request(FeedRequest request) {
        return new IntakeOutput(request, null, 0, null, 0);
    }

    public static IntakeOutput withdrawal(String id, long version) {
        return new IntakeOutput(null, id, version, null, 0);
    }

    public static IntakeOutput accepted(ArticleDraft draft, long version) {
        return new IntakeOutput(null, null, 0, draft, version);
    }

    public boolean isWithdrawal() {
        return withdrawnId != null;
    }

    public boolean isAccepted() {
        return accepted != null;
    }
}
