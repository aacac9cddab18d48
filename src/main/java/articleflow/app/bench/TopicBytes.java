package articleflow.app.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.Node;

/**
 * Bytes on the broker's disk per topic, as {@code Admin.describeLogDirs} reports them: record batches with their
 * headers, including transaction markers, before any compaction (a bench's changelogs never roll a segment).
 */
final class TopicBytes {

    private TopicBytes() {
    }

    /** Bytes of every topic whose name starts with {@code prefix}, keyed by the rest of the name. */
    static Map<String, Long> withPrefix(Admin admin, String prefix) throws ExecutionException, InterruptedException {
        Map<String, Long> bytes = new TreeMap<>();
        for (Node node : admin.describeCluster().nodes().get()) {
            Map<String, LogDirDescription> dirs = admin.describeLogDirs(java.util.List.of(node.id()))
                    .descriptions().get(node.id()).get();
            for (LogDirDescription dir : dirs.values()) {
                for (Map.Entry<org.apache.kafka.common.TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                    String topic = replica.getKey().topic();
                    if (topic.startsWith(prefix)) {
                        bytes.merge(topic.substring(prefix.length()), replica.getValue().size(), Long::sum);
                    }
                }
            }
        }
        return bytes;
    }
}
