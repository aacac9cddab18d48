package articleflow.topology.stages;

import articleflow.normalize.FurnitureSettings;
import articleflow.normalize.LearnedFurniture;
import articleflow.normalize.LineHistory;
import articleflow.normalize.LineHistoryStore;
import articleflow.topology.wire.FeedRequest;
import articleflow.topology.wire.FeedStep;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Learned furniture, decided: keyed by source, it names the paragraphs of a new article version that are lines
 * its publisher repeats, and learns from it. It sees paragraph fingerprints only, so the expensive text work
 * stays in the parallel, stateless normalize step; the paragraphs are stripped by id, in
 * {@link StripLearnedFurnitureProcessor}.
 */
public final class LearnedFurnitureProcessor extends ContextualFixedKeyProcessor<String, FeedRequest, FeedStep> {

    private final FurnitureSettings settings;
    private final String storeName;
    private final Duration horizon;
    private LearnedFurniture furniture;
    /** Forgets lines not seen within the horizon; null when every line is kept. */
    private HorizonSweep<LineHistory> sweep;

    /** Keeps every line history, however old. */
    public LearnedFurnitureProcessor(FurnitureSettings settings, String storeName) {
        this(settings, storeName, null);
    }

    /** @param horizon how long a line not seen since is remembered, by published_at, or null for ever */
    public LearnedFurnitureProcessor(FurnitureSettings settings, String storeName, Duration horizon) {
        this.settings = settings;
        this.storeName = storeName;
        this.horizon = horizon;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, FeedStep> context) {
        super.init(context);
        KeyValueStore<String, LineHistory> lines = context.getStateStore(storeName);
        this.furniture = new LearnedFurniture(new KeyValueLineHistoryStore(lines), settings);
        if (horizon != null) {
            sweep = HorizonSweep.scheduled(context, lines, horizon,
                    (history, cutoff) -> history.lastSeenMillis() < cutoff ? null : history);
        }
    }

    @Override
    public void process(FixedKeyRecord<String, FeedRequest> record) {
        FeedRequest request = record.value();
        if (request.kind() == FeedRequest.Kind.UPSERT && sweep != null) {
            sweep.seen(request.publishedAtMillis());
        }
        List<Integer> strip = request.kind() == FeedRequest.Kind.UPSERT
                ? furniture.stripAndLearn(request.source(), request.id(), request.publishedAtMillis(),
                        request.paragraphFingerprints(), request.paragraphWords())
                : List.of();
        context().forward(record.withValue(new FeedStep(request, strip)));
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
