package articleflow.topology.wire;

/**
 * What the related stage's by-id step is given: a settled article version to index (with its summary, on its way
 * to being published), or the withdrawal of an article and the version it took. Passed between processors of one
 * task only, never serialized.
 */
public record RelatedStep(Settlement settlement, String withdrawnId, long withdrawnVersion) {

    public static RelatedStep index(Settlement settlement) {
        return new RelatedStep(settlement, null, 0);
    }

    public static RelatedStep withdrawal(IntakeOutput withdrawal) {
        return new RelatedStep(null, withdrawal.withdrawnId(), withdrawal.withdrawnVersion());
    }
}
