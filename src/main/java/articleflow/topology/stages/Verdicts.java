package articleflow.topology.stages;

import articleflow.accept.Verdict;
import java.time.Instant;

/**
 * The accept stage's decision on a raw record: {@link articleflow.accept.ArticleValidator#decide} in place, or,
 * offline, the verdict a worker reached ahead on the same bytes (see {@link TextWork#verdicts}).
 */
@FunctionalInterface
public interface Verdicts {

    Verdict decide(String key, byte[] value, Instant recordTime);
}
