package articleflow.related;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Pair scores grouped by the by-id partition of the articles they go to. A new article meets about two dozen
 * members in its buckets, each owed its pair; sent one record each, every pair paid a send, a fetch and a process
 * call of its own, though the members live on a few partitions. Grouped, the pairs for one partition travel as one
 * {@link ArticleMessage.PairBatch} (of at most {@link ArticleMessage.PairScores#MAX_SCORES} pairs, so that a record
 * stays bounded whatever the links hold), keyed by its first article so that the cluster's partitioner puts it
 * where all of them live.
 */
public final class PairBatches {

    private PairBatches() {
    }

    /**
     * @param messages    the messages one bucket message produced, in the order they are to be applied
     * @param partitionOf the partition of an article id, as the pairs topic's partitioner places it
     * @return the same messages, pair scores for one partition packed together; a message alone on its partition
     *         (or too large to share a batch) stays as it was. Messages for one article keep their order. A list with
     *         anything but pair scores in it (a bucket partition sends none) is returned as it is.
     */
    public static List<ArticleMessage> byPartition(List<ArticleMessage> messages, ToIntFunction<String> partitionOf) {
        if (messages.size() < 2 || !messages.stream().allMatch(m -> m instanceof ArticleMessage.PairScores)) {
            return messages;
        }
        List<List<ArticleMessage.PairScores>> packed = new ArrayList<>();
        List<Integer> scoresIn = new ArrayList<>();
        Map<Integer, Integer> openBatchOf = new HashMap<>();
        for (ArticleMessage message : messages) {
            ArticleMessage.PairScores pairs = (ArticleMessage.PairScores) message;
            int partition = partitionOf.applyAsInt(pairs.targetId());
            Integer open = openBatchOf.get(partition);
            if (open == null || scoresIn.get(open) + pairs.scores().size() > ArticleMessage.PairScores.MAX_SCORES) {
                // a full batch stays where it is in the list: what follows for the same article comes after it
                open = packed.size();
                packed.add(new ArrayList<>());
                scoresIn.add(0);
                openBatchOf.put(partition, open);
            }
            packed.get(open).add(pairs);
            scoresIn.set(open, scoresIn.get(open) + pairs.scores().size());
        }
        List<ArticleMessage> out = new ArrayList<>(packed.size());
        for (List<ArticleMessage.PairScores> batch : packed) {
            out.add(batch.size() == 1 ? batch.get(0) : new ArticleMessage.PairBatch(batch));
        }
        return out;
    }
}
