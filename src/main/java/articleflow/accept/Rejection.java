package articleflow.accept;

import articleflow.model.RejectReason;

/** A raw record accept refused: the reason code and a human-readable message naming the field. */
public record Rejection(RejectReason reason, String message) implements Verdict {
}
