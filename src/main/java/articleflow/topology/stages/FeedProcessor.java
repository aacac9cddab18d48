package articleflow.topology.stages;

import articleflow.events.PipelineEvents;
import articleflow.link.FeedEntry;
import articleflow.link.FeedIndex;
import articleflow.link.FeedLinks;
import articleflow.topology.wire.FeedReply;
import articleflow.topology.wire.FeedRequest;
import articleflow.topology.wire.FeedStep;
import java.util.List;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The link stage's feed, keyed by source: places, moves and removes articles in their publisher's feed and sends
 * every article whose previous/next changed its new links, keyed by article id.
 */
public final class FeedProcessor extends ContextualProcessor<String, FeedStep, String, FeedReply> {

    private final String orderStoreName;
    private final String positionStoreName;
    private final PipelineEvents events;
    private FeedIndex feed;

    public FeedProcessor(String orderStoreName, String positionStoreName, PipelineEvents events) {
        this.orderStoreName = orderStoreName;
        this.positionStoreName = positionStoreName;
        this.events = events;
    }

    @Override
    public void init(ProcessorContext<String, FeedReply> context) {
        super.init(context);
        KeyValueStore<String, FeedEntry> order = context.getStateStore(orderStoreName);
        KeyValueStore<String, FeedEntry> positions = context.getStateStore(positionStoreName);
        this.feed = new FeedIndex(new KeyValueFeedStore(order, positions));
    }

    @Override
    public void process(Record<String, FeedStep> record) {
        FeedRequest request = record.value().request();
        if (request.kind() == FeedRequest.Kind.REMOVE) {
            List<FeedLinks> changes = feed.remove(request.source(), request.id());
            changes.forEach(links -> forward(record, update(request.source(), links)));
            events.neighbourUpdates(changes.size());
            return;
        }
        FeedEntry entry = new FeedEntry(request.source(), request.id(), request.title(), request.url(),
                request.publishedAt(), request.publishedAtMillis(), request.draftVersion());
        List<FeedLinks> changes = feed.upsert(entry);
        FeedLinks own = changes.get(0);
        forward(record, FeedReply.toDraft(own.id(), request.source(), request.draftVersion(),
                record.value().stripParagraphs(), own.previous(), own.next()));
        for (FeedLinks neighbour : changes.subList(1, changes.size())) {
            forward(record, update(request.source(), neighbour));
        }
        events.neighbourUpdates(changes.size() - 1);
    }

    private static FeedReply update(String source, FeedLinks links) {
        return FeedReply.neighbourUpdate(links.id(), source, links.version(), links.previous(), links.next());
    }

    private void forward(Record<String, FeedStep> cause, FeedReply reply) {
        context().forward(cause.withKey(reply.id()).withValue(reply));
    }
}
