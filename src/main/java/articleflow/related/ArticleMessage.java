package articleflow.related;

import java.util.List;

/**
 * What arrives at an article's by-id partition from elsewhere, keyed by {@link #targetId()}: pair scores from a
 * bucket partition (alone, or several articles' together: {@link PairBatch}), or a retraction from the partition of
 * an article it was paired with. Versions on both ends let a later version supersede an earlier one whatever order
 * the messages arrive in.
 */
public sealed interface ArticleMessage permits ArticleMessage.PairScores, ArticleMessage.PairBatch,
        ArticleMessage.Retraction {

    String targetId();

    /** The target compared with {@code candidate}: TF-IDF cosine {@code score}, estimated shingle {@code resemblance}. */
    record Score(Candidate candidate, double score, double resemblance) {
    }

    /**
     * The target article (at {@code targetVersion}) was compared with one or more candidates. A bucket partition
     * sends a newcomer the pairs it found for it together, so that the newcomer's list is read, changed and
     * written once (and published once) rather than once per pair; each member met gets its one pair.
     */
    record PairScores(String targetId, long targetVersion, List<Score> scores) implements ArticleMessage {

        /** At most this many pairs travel in one message, which bounds its size whatever the links hold. */
        public static final int MAX_SCORES = 16;

        public PairScores {
            scores = List.copyOf(scores);
            if (scores.isEmpty() || scores.size() > MAX_SCORES) {
                throw new IllegalArgumentException("pair scores carry 1 to " + MAX_SCORES + " pairs, not " + scores.size());
            }
        }

        /** One pair. */
        public PairScores(String targetId, long targetVersion, Candidate candidate, double score, double resemblance) {
            this(targetId, targetVersion, List.of(new Score(candidate, score, resemblance)));
        }
    }

    /**
     * Pair scores for several articles that live on one by-id partition ({@link PairBatches}), applied in order as
     * if each came alone: a newcomer meets a member in about two dozen buckets, and one record per member it met
     * cost a send, a fetch and a process call each. Keyed by the first article, which puts it on their partition.
     */
    record PairBatch(List<PairScores> pairs) implements ArticleMessage {

        public PairBatch {
            pairs = List.copyOf(pairs);
            int scores = pairs.stream().mapToInt(p -> p.scores().size()).sum();
            if (pairs.size() < 2 || scores > PairScores.MAX_SCORES) {
                throw new IllegalArgumentException("a pair batch carries 2 or more messages of at most "
                        + PairScores.MAX_SCORES + " pairs in all, not " + pairs.size() + " of " + scores);
            }
        }

        @Override
        public String targetId() {
            return pairs.get(0).targetId();
        }
    }

    /** Drop every version of {@code retractedId} older than {@code version}, and refuse them from now on. */
    record Retraction(String targetId, String retractedId, long version) implements ArticleMessage {
    }
}
