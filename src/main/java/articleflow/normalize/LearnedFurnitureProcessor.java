package articleflow.normalize;

import articleflow.model.FeedRequest;
import articleflow.model.FeedStep;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The per-source learning step beside normalize, keyed by source: it sees paragraph fingerprints only, so the
 * expensive text work stays in the parallel, stateless normalize step.
 */
public final class LearnedFurnitureProcessor implements Processor<String, FeedRequest, String, FeedStep> {

    private final FurnitureSettings settings;
    private final String storeName;
    private ProcessorContext<String, FeedStep> context;
    private LearnedFurniture furniture;

    public LearnedFurnitureProcessor(FurnitureSettings settings, String storeName) {
        this.settings = settings;
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, FeedStep> context) {
        this.context = context;
        KeyValueStore<String, LineHistory> lines = context.getStateStore(storeName);
        this.furniture = new LearnedFurniture(new KeyValueLineHistoryStore(lines), settings);
    }

    @Override
    public void process(Record<String, FeedRequest> record) {
        FeedRequest request = record.value();
        List<Integer> strip = request.kind() == FeedRequest.Kind.UPSERT
                ? furniture.stripAndLearn(request.source(), request.id(), request.publishedAtMillis(),
                        request.paragraphFingerprints(), request.paragraphWords())
                : List.of();
        context.forward(record.withValue(new FeedStep(request, strip)));
    }

    /** Line histories in a Kafka Streams store, keyed by source and fingerprint. */
    private record KeyValueLineHistoryStore(KeyValueStore<String, LineHistory> store) implements LineHistoryStore {

        @Override
        public LineHistory get(String source, long fingerprint) {
            return store.get(key(source, fingerprint));
        }

        @Override
        public void put(String source, long fingerprint, LineHistory history) {
            store.put(key(source, fingerprint), history);
        }

        private static String key(String source, long fingerprint) {
            return source + '\u0001' + Long.toHexString(fingerprint);
        }
    }
}
