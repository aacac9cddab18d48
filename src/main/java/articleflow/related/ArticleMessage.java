package articleflow.related;

/**
 * What arrives at an article's by-id partition from elsewhere, keyed by {@link #targetId()}: a pair score from a
 * bucket, or a retraction from the partition of an article it was paired with. Versions on both ends let a
 * later version supersede an earlier one whatever order the messages arrive in.
 */
public sealed interface ArticleMessage permits ArticleMessage.PairScore, ArticleMessage.Retraction {

    String targetId();

    /**
     * The target article (at {@code targetVersion}) and a candidate were compared: TF-IDF cosine {@code score}
     * and estimated shingle {@code resemblance}. A bucket sends the same pair to both ends.
     */
    record PairScore(String targetId, long targetVersion, Candidate candidate, double score, double resemblance)
            implements ArticleMessage {
    }

    /** Drop every version of {@code retractedId} older than {@code version}, and refuse them from now on. */
    record Retraction(String targetId, String retractedId, long version) implements ArticleMessage {
    }
}
