package articleflow.app;

import articleflow.config.ArticleflowConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Rewinds the job to the start of the log of record, with the Admin API: the application's committed offsets on
 * {@code articles.raw} go back to each partition's earliest offset, and nothing else changes. All state is kept
 * (the per-article store counts revisions on and knows what was published; the feeds and learned furniture
 * stay), so re-reading an article whose enriched record comes out the same publishes nothing.
 */
public final class ApplicationReset {

    private static final long TIMEOUT_SECONDS = 30;

    /** What a reset does: the group, and per raw partition where its committed offset is and where it goes. */
    public record Plan(String group, Map<TopicPartition, Long> committed, Map<TopicPartition, Long> rewindTo) {

        public long recordsToReread() {
            long total = 0;
            for (Map.Entry<TopicPartition, Long> target : rewindTo.entrySet()) {
                total += committed.getOrDefault(target.getKey(), target.getValue()) - target.getValue();
            }
            return total;
        }
    }

    private final Admin admin;

    public ApplicationReset(Admin admin) {
        this.admin = admin;
    }

    /**
     * @throws IllegalStateException when an instance of the job is still running (the group has members), or the
     *                               raw topic does not exist
     */
    public Plan plan(ArticleflowConfig config) throws InterruptedException {
        String group = config.applicationId();
        requireStopped(group);
        String raw = config.rawTopic();
        TopicDescription topic = await(admin.describeTopics(List.of(raw)).allTopicNames()).get(raw);
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        topic.partitions().forEach(p -> earliest.put(new TopicPartition(raw, p.partition()), OffsetSpec.earliest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = await(admin.listOffsets(earliest).all());
        Map<TopicPartition, OffsetAndMetadata> current =
                await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> committed = new TreeMap<>(ApplicationReset::byPartition);
        Map<TopicPartition, Long> rewindTo = new TreeMap<>(ApplicationReset::byPartition);
        starts.forEach((partition, info) -> {
            rewindTo.put(partition, info.offset());
            OffsetAndMetadata offset = current.get(partition);
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        return new Plan(group, committed, rewindTo);
    }

    public void apply(Plan plan) throws InterruptedException {
        requireStopped(plan.group());
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        plan.rewindTo().forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
        await(admin.alterConsumerGroupOffsets(plan.group(), offsets).all());
    }

    private void requireStopped(String group) throws InterruptedException {
        ConsumerGroupDescription description;
        try {
            description = await(admin.describeConsumerGroups(List.of(group)).all()).get(group);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return;
            }
            throw e;
        }
        if (description != null && !description.members().isEmpty()) {
            throw new IllegalStateException("the job is still running: consumer group " + group + " has "
                    + description.members().size() + " member(s); stop every instance first");
        }
        if (description != null && !Set.of(GroupState.EMPTY, GroupState.DEAD, GroupState.UNKNOWN)
                .contains(description.groupState())) {
            throw new IllegalStateException("consumer group " + group + " is " + description.groupState()
                    + "; stop every instance first");
        }
    }

    private static int byPartition(TopicPartition a, TopicPartition b) {
        int topic = a.topic().compareTo(b.topic());
        return topic != 0 ? topic : Integer.compare(a.partition(), b.partition());
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future) throws InterruptedException {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
