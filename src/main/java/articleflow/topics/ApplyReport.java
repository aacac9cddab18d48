package articleflow.topics;

import java.util.List;

/**
 * What {@link TopicApplier#apply} did.
 *
 * @param created the topics it created, with the replication factor they got
 * @param drift   how the topics that already existed differ from their specs (left unchanged)
 */
public record ApplyReport(List<TopicSpec> created, List<Drift> drift) {

    public ApplyReport {
        created = List.copyOf(created);
        drift = List.copyOf(drift);
    }
}
