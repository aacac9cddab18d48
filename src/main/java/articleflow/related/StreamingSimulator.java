package articleflow.related;

import articleflow.analysis.StableHash;
import articleflow.analysis.TextAnalyzer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Related articles as the streaming job runs them, without Kafka: {@code N} partitions, each with its by-id
 * side ({@link RelatedArticles}, its own stores and document frequencies) and its bucket side
 * ({@link CandidateBuckets}), and the messages between them routed by a hash of their key, as a repartition
 * topic would. Like Kafka, it keeps the order of messages from one partition to another on one topic, and
 * interleaves everything else in an order drawn from a seeded random generator, so late arrivals,
 * corrections, withdrawals and crossing messages can be replayed exactly.
 */
public final class StreamingSimulator {

    private enum Topic { INPUT, BUCKETS, ARTICLES }

    private record Channel(Topic topic, int from, int to) {
    }

    private final int partitions;
    private final RelatedArticles[] byId;
    private final CandidateBuckets[] buckets;
    private final InMemoryBucketStore[] bucketStores;
    private final InMemoryRelatedStores[] idStores;
    private final Map<Channel, ArrayDeque<Object>> channels = new LinkedHashMap<>();
    private final List<Channel> busy = new ArrayList<>();
    private final Random random;
    private final Map<String, RelatedView> views = new HashMap<>();
    private final Map<String, Integer> revisions = new HashMap<>();
    private final Stats stats = new Stats();

    /** Message counts and the largest and total sizes ({@link WireSize}) per topic. */
    public static final class Stats {
        public long bucketMessages;
        public long articleMessages;
        public long bucketBytes;
        public long articleBytes;
        public int largestBucketMessage;
        public int largestArticleMessage;
        public long views;
    }

    public StreamingSimulator(int partitions, RelatedSettings settings, Supplier<DocumentFrequencies> frequencies,
                              TextAnalyzer analyzer, long seed) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive: " + partitions);
        }
        this.partitions = partitions;
        this.random = new Random(seed);
        byId = new RelatedArticles[partitions];
        buckets = new CandidateBuckets[partitions];
        bucketStores = new InMemoryBucketStore[partitions];
        idStores = new InMemoryRelatedStores[partitions];
        for (int p = 0; p < partitions; p++) {
            idStores[p] = new InMemoryRelatedStores();
            bucketStores[p] = new InMemoryBucketStore();
            byId[p] = new RelatedArticles(analyzer, settings, frequencies.get(), idStores[p].terms(),
                    idStores[p].states());
            buckets[p] = new CandidateBuckets(settings, bucketStores[p]);
        }
    }

    public int partitionOf(String key) {
        return StableHash.partition(key, partitions);
    }

    /** A new article or a correction arrives on the input topic. */
    public void publish(ArticleInput article) {
        int p = partitionOf(article.id());
        send(new Channel(Topic.INPUT, -1, p), article);
    }

    /** A withdrawal (tombstone) arrives on the input topic; {@code version} is the one after the last. */
    public void withdraw(String id, long version) {
        int p = partitionOf(id);
        send(new Channel(Topic.INPUT, -1, p), new Withdrawal(id, version));
    }

    private record Withdrawal(String id, long version) {
    }

    private void send(Channel channel, Object message) {
        ArrayDeque<Object> queue = channels.computeIfAbsent(channel, c -> new ArrayDeque<>());
        if (queue.isEmpty()) {
            busy.add(channel);
        }
        queue.add(message);
    }

    /** Delivers messages, one at a time from a channel drawn at random, until none is left; returns how many. */
    public long run() {
        long delivered = 0;
        while (!busy.isEmpty()) {
            int pick = random.nextInt(busy.size());
            Channel channel = busy.get(pick);
            ArrayDeque<Object> queue = channels.get(channel);
            Object message = queue.poll();
            if (queue.isEmpty()) {
                busy.set(pick, busy.get(busy.size() - 1));
                busy.remove(busy.size() - 1);
            }
            deliver(channel.to(), message);
            delivered++;
        }
        return delivered;
    }

    private void deliver(int p, Object message) {
        if (message instanceof ArticleInput article) {
            route(p, byId[p].index(article));
        } else if (message instanceof Withdrawal w) {
            views.remove(w.id());
            route(p, byId[p].withdraw(w.id(), w.version()));
        } else if (message instanceof BucketMessage b) {
            for (ArticleMessage out : buckets[p].receive(b)) {
                sendToArticle(p, out);
            }
        } else {
            route(p, byId[p].receive((ArticleMessage) message));
        }
    }

    private void route(int p, RelatedOutcome outcome) {
        for (BucketMessage b : BucketMessages.byPartition(outcome.toBuckets(), this::partitionOf)) {
            int size = WireSize.of(b);
            stats.bucketMessages++;
            stats.bucketBytes += size;
            stats.largestBucketMessage = Math.max(stats.largestBucketMessage, size);
            send(new Channel(Topic.BUCKETS, p, partitionOf(b.bucketKey())), b);
        }
        for (ArticleMessage a : outcome.toArticles()) {
            sendToArticle(p, a);
        }
        for (RelatedView view : outcome.views()) {
            stats.views++;
            views.put(view.id(), view);
            revisions.merge(view.id(), 1, Integer::sum);
        }
    }

    private void sendToArticle(int from, ArticleMessage a) {
        int size = WireSize.of(a);
        stats.articleMessages++;
        stats.articleBytes += size;
        stats.largestArticleMessage = Math.max(stats.largestArticleMessage, size);
        send(new Channel(Topic.ARTICLES, from, partitionOf(a.targetId())), a);
    }

    /** The latest view of every article not withdrawn, as a consumer of a compacted topic would see it. */
    public Map<String, RelatedView> views() {
        return Map.copyOf(views);
    }

    public Stats stats() {
        return stats;
    }

    /** How many views each article went through: its revisions from this stage. */
    public Map<String, Integer> revisions() {
        return Map.copyOf(revisions);
    }

    /** The state every partition holds, in {@link WireSize} bytes, for the bytes-per-article figure. */
    public StateSize stateSize() {
        long states = 0;
        long terms = 0;
        long members = 0;
        long memberBytes = 0;
        int articles = 0;
        for (int p = 0; p < partitions; p++) {
            for (RelatedState s : idStores[p].states().all()) {
                states += WireSize.of(s);
                articles++;
            }
            for (IndexedTerms t : idStores[p].terms().all()) {
                terms += WireSize.of(t);
            }
            for (String key : bucketStores[p].bucketKeys()) {
                for (BucketMember m : bucketStores[p].members(key)) {
                    members++;
                    memberBytes += WireSize.of(m) + WireSize.of(key);
                }
            }
        }
        return new StateSize(articles, states, terms, members, memberBytes);
    }

    /** Total bytes of each store over all partitions. */
    public record StateSize(int articles, long relatedStateBytes, long indexedTermsBytes, long bucketMembers,
                            long bucketBytes) {
    }

    /** A shared analyzer for simulators built in tests. */
    public static StreamingSimulator withPartitionFrequencies(int partitions, RelatedSettings settings, long seed) {
        return new StreamingSimulator(partitions, settings, PartitionDocumentFrequencies::new, new TextAnalyzer(), seed);
    }
}
