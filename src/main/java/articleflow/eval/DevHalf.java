package articleflow.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A fixed split of a dev set into two halves by a hash of each page's id, so that methods can be developed
 * against half A and checked on half B, which they have not been tuned on.
 */
public enum DevHalf {
    A, B, ALL;

    public boolean contains(String id) {
        return this == ALL || halfOf(id) == this;
    }

    /** A or B: the low bit of the first byte of the id's SHA-256. */
    static DevHalf halfOf(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return (hash[0] & 1) == 0 ? A : B;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
