package articleflow.model;

/** Why a raw record was dead-lettered; {@link #code()} is the machine-readable value of the reason header. */
public enum RejectReason {
    INVALID_JSON("invalid_json"),
    WRONG_TYPE("wrong_type"),
    MISSING_FIELD("missing_field"),
    MISSING_KEY("missing_key"),
    BAD_TIMESTAMP("bad_timestamp"),
    TOO_LARGE("too_large"),
    UNSUPPORTED_CONTENT_TYPE("unsupported_content_type"),
    KEY_MISMATCH("key_mismatch"),
    /** The record key is not valid UTF-8, so it cannot be an article id. */
    INVALID_KEY("invalid_key"),
    /** A metadata field holds a control character or an unpaired surrogate (invalid Unicode). */
    INVALID_FIELD("invalid_field"),
    /** The url is not an absolute http or https URL (a {@code javascript:} or {@code data:} url, say). */
    INVALID_URL("invalid_url"),
    /** Nothing is left once markup and page furniture are gone. */
    EMPTY_TEXT("empty_text"),
    /** Bytes on an internal topic that could not be read back: a bug or an incompatible upgrade. */
    UNDESERIALIZABLE("undeserializable"),
    /** An exception articleflow did not expect; the record is kept so it can be replayed once fixed. */
    PROCESSING_ERROR("processing_error"),
    /** The broker refused the enriched record (for example it is larger than the topic allows). */
    PRODUCTION_ERROR("production_error");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
