package articleflow.model;

/** Bytes that are not a raw article: not JSON, not an object, or a field of the wrong type. */
public final class RawArticleException extends Exception {

    private final RejectReason reason;

    public RawArticleException(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
