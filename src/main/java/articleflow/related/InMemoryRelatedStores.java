package articleflow.related;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The by-id stores in maps, for tests and the {@link StreamingSimulator}. States are copied in and out, as a
 * serializing Kafka Streams store would, so a change that is not put back is lost here too.
 */
public final class InMemoryRelatedStores {

    private final Map<String, RelatedState> states = new LinkedHashMap<>();
    private final Map<String, IndexedTerms> terms = new LinkedHashMap<>();

    public RelatedStateStore states() {
        return new RelatedStateStore() {
            @Override
            public RelatedState get(String id) {
                RelatedState s = states.get(id);
                return s == null ? null : s.copy();
            }

            @Override
            public void put(RelatedState state) {
                states.put(state.id(), state.copy());
            }

            @Override
            public void delete(String id) {
                states.remove(id);
            }

            @Override
            public Iterable<RelatedState> all() {
                List<RelatedState> copies = new ArrayList<>();
                states.values().forEach(s -> copies.add(s.copy()));
                return copies;
            }
        };
    }

    public IndexedTermsStore terms() {
        return new IndexedTermsStore() {
            @Override
            public IndexedTerms get(String id) {
                return terms.get(id);
            }

            @Override
            public void put(IndexedTerms t) {
                terms.put(t.id(), t);
            }

            @Override
            public void delete(String id) {
                terms.remove(id);
            }

            @Override
            public Iterable<IndexedTerms> all() {
                return new ArrayList<>(terms.values());
            }
        };
    }
}
