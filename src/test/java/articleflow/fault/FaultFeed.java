package articleflow.fault;

import articleflow.app.FeedGenerator;
import articleflow.app.OfflinePipeline;
import articleflow.broker.SharedBroker;
import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.ops.KafkaClients;
import articleflow.topics.TopicApplier;
import articleflow.topics.TopicCatalog;
import articleflow.topics.TopicSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One application under fire: its own topics on a broker, a properties file its instances run with, an
 * eventful feed from {@link FeedGenerator} (corrections, moves, stale corrections, withdrawals, republications)
 * sent keyed by id with a plain producer, and the final state that feed must leave on the output topic, computed
 * by the offline path ({@link OfflinePipeline}, what {@code enrich} runs).
 *
 * <p>Settings are those of the other broker tests (fast commits, short sessions and transactions, no record
 * cache, one replica), and learned furniture is off: what it strips depends on the order in which a
 * publisher's articles arrive, which differs between one offline partition and several streaming ones.
 */
final class FaultFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FaultFeed.class);
    /** Until the broker has acknowledged the feed, outages included (beyond the time it is spread over). */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(180);

    private final Path folder;
    private final ArticleflowConfig config;
    private final Path configFile;
    private final FeedGenerator.Options options;
    private final List<FeedGenerator.Record> records;
    private final KafkaProducer<byte[], byte[]> producer;
    /** Computed offline beside the test from the start: it is needed only at the end. */
    private final CompletableFuture<Map<String, EnrichedArticle>> expected = new CompletableFuture<>();
    private volatile boolean closed;

    private FaultFeed(Path folder, ArticleflowConfig config, Path configFile, FeedGenerator.Options options) {
        this.folder = folder;
        this.config = config;
        this.configFile = configFile;
        this.options = options;
        this.records = FeedGenerator.generate(options);
        this.producer = producer(config);
        Thread offline = new Thread(() -> {
            try {
                expected.complete(computeExpectedFinalState());
            } catch (Throwable e) {
                expected.completeExceptionally(e);
            }
        }, "fault-feed-offline");
        offline.setDaemon(true);
        offline.start();
    }

    /**
     * Creates the topics of a new application named after {@code name} on the broker at {@code bootstrapServers},
     * with {@code partitions} partitions for the raw and output topics, and the feed of {@code options}.
     */
    static FaultFeed create(String name, String bootstrapServers, Path folder, int partitions,
                            FeedGenerator.Options options) {
        String app = SharedBroker.uniqueName(name);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", bootstrapServers);
        settings.put("application.id", app);
        settings.put(ArticleflowConfig.RAW_TOPIC, app + ".raw");
        settings.put(ArticleflowConfig.ENRICHED_TOPIC, app + ".enriched");
        settings.put(ArticleflowConfig.DLQ_TOPIC, app + ".dlq");
        settings.put(ArticleflowConfig.FURNITURE_MIN_ARTICLES, "1000000");
        settings.put("num.stream.threads", "1");
        settings.put("commit.interval.ms", "100");
        settings.put("statestore.cache.max.bytes", "0");
        settings.put("replication.factor", "1");
        settings.put("consumer.session.timeout.ms", "6000");
        settings.put("consumer.heartbeat.interval.ms", "1000");
        settings.put("producer.transaction.timeout.ms", "10000");
        ArticleflowConfig config = ArticleflowConfig.load(null, Map.of(), settings);

        TopicCatalog catalog = TopicCatalog.bundled();
        List<TopicSpec> specs = List.of(
                catalog.spec(TopicCatalog.RAW).named(config.rawTopic()).withPartitions(partitions),
                catalog.spec(TopicCatalog.ENRICHED).named(config.enrichedTopic()).withPartitions(partitions),
                catalog.spec(TopicCatalog.DLQ).named(config.dlqTopic()).withPartitions(1));
        try (Admin admin = KafkaClients.admin(config)) {
            new TopicApplier(admin).apply(specs, OptionalInt.of(1));
        }
        Path configFile = folder.resolve(app + ".properties");
        Properties file = new Properties();
        file.putAll(settings);
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(configFile)) {
                file.store(out, "fault test " + app);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + configFile, e);
        }
        return new FaultFeed(folder, config, configFile, options);
    }

    ArticleflowConfig config() {
        return config;
    }

    /** Records in the feed. */
    int size() {
        return records.size();
    }

    /** Distinct articles in the feed. */
    int articles() {
        return options.articles();
    }

    /**
     * An instance of the application in a JVM flagged for a {@link ApplicationProcess#QUICK_START quick start},
     * with a state folder and a log of its own under the test's folder.
     */
    ApplicationProcess instance(String name, String... settings) {
        return instance(name, ApplicationProcess.QUICK_START, settings);
    }

    /** As {@link #instance(String, String...)}, in a JVM with {@code jvmOptions}. */
    ApplicationProcess instance(String name, List<String> jvmOptions, String... settings) {
        return new ApplicationProcess(name, configFile, folder.resolve(name + "-state"), folder.resolve(name + ".log"),
                jvmOptions, List.of(settings));
    }

    /**
     * Sends the whole feed in its order, spread evenly over about {@code spread}, from a thread of its own; the
     * producer waits out a broker that is down or stalled (within minutes) rather than failing.
     */
    Sending send(Duration spread) {
        return send(0, records.size(), spread);
    }

    /** As {@link #send(Duration)}, records {@code from} (inclusive) to {@code to} (exclusive) of the feed only. */
    Sending send(int from, int to, Duration spread) {
        Sending sending = new Sending(records.subList(from, to));
        Thread thread = new Thread(() -> sending.run(spread), "fault-feed-sender");
        thread.setDaemon(true);
        sending.thread = thread;
        thread.start();
        return sending;
    }

    /** The feed on its way to the raw topic. */
    final class Sending {
        private final List<FeedGenerator.Record> part;
        private final int total;
        private final AtomicInteger acknowledged = new AtomicInteger();
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private volatile int sent;
        private Thread thread;

        private Sending(List<FeedGenerator.Record> part) {
            this.part = part;
            this.total = part.size();
        }

        private void run(Duration spread) {
            long start = System.nanoTime();
            try {
                for (int i = 0; i < total && failure.get() == null; i++) {
                    long due = start + spread.toNanos() * i / total;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    FeedGenerator.Record record = part.get(i);
                    producer.send(new ProducerRecord<>(config.rawTopic(), record.key(), record.value()),
                            (metadata, exception) -> {
                                if (exception != null) {
                                    failure.compareAndSet(null, exception);
                                } else {
                                    acknowledged.incrementAndGet();
                                }
                            });
                    sent = i + 1;
                }
                producer.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }

        /** How many records the broker has acknowledged so far. */
        int acknowledged() {
            return acknowledged.get();
        }

        /** Waits until the broker has acknowledged every record of the feed; fails when one was refused. */
        void awaitAcknowledged(Duration timeout) {
            try {
                thread.join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while sending the feed", e);
            }
            if (failure.get() != null) {
                throw new AssertionError("the feed could not be sent to " + config.rawTopic() + " (" + acknowledged()
                        + " of " + total + " records acknowledged)", failure.get());
            }
            if (thread.isAlive() || acknowledged() < total) {
                throw new AssertionError("the feed was not acknowledged within " + timeout + ": " + sent + " of "
                        + total + " records sent, " + acknowledged() + " acknowledged");
            }
        }
    }

    /** Waits until {@code members} members of the application's group hold partitions: instances really sharing. */
    void awaitMembersWithPartitions(int members, Duration timeout, Supplier<String> context) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int holding = -1;
        try (Admin admin = KafkaClients.admin(config)) {
            while (System.nanoTime() < deadline) {
                holding = (int) admin.describeConsumerGroups(List.of(config.applicationId())).all()
                        .get(30, TimeUnit.SECONDS).get(config.applicationId()).members().stream()
                        .filter(member -> !member.assignment().topicPartitions().isEmpty()).count();
                if (holding == members) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (Exception e) {
            throw new AssertionError("cannot describe the group " + config.applicationId(), e);
        }
        throw new AssertionError(members + " members of " + config.applicationId() + " did not hold partitions within "
                + timeout + " (last seen: " + holding + ")\n" + context.get());
    }

    /**
     * The final state the feed must leave on the output topic, by id, in the order ids first appear in the feed:
     * the enriched article the offline path ends with, or null for an article withdrawn for good. Checked
     * against the feed itself too: every article ends with the title of its last applied version (the newest
     * by {@code updated_at}, a stale correction skipped), a withdrawn one with nothing unless republished.
     */
    Map<String, EnrichedArticle> expectedFinalState() {
        Duration timeout = Duration.ofSeconds(120).plusMillis(options.articles() * 50L);
        try {
            return expected.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new AssertionError("the offline path failed on the feed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the offline path did not finish the feed within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private Map<String, EnrichedArticle> computeExpectedFinalState() {
        long started = System.nanoTime();
        Path stateDir = folder.resolve("offline-state-" + started);
        List<String> rejected = new ArrayList<>();
        Map<String, EnrichedArticle> expected = new LinkedHashMap<>();
        try (OfflinePipeline offline = new OfflinePipeline(config, stateDir, PipelineEvents.NONE,
                letter -> rejected.add(letter.reason() + " at " + letter.offset()))) {
            Instant now = Instant.now();
            for (FeedGenerator.Record record : records) {
                if (closed) {
                    throw new IllegalStateException("the test is over");
                }
                offline.pipe(record.key(), record.value(), now);
                expected.putIfAbsent(record.id(), null);
            }
            expected.replaceAll((id, none) -> offline.latest(id));
        }
        if (!rejected.isEmpty()) {
            throw new AssertionError("the offline path rejected records of a feed that has no bad ones: " + rejected);
        }
        Map<String, String> titles = lastAppliedTitles();
        List<String> disagreements = new ArrayList<>();
        expected.forEach((id, article) -> {
            String title = article == null ? null : article.title();
            if (!Objects.equals(title, titles.get(id))) {
                disagreements.add(id + ": offline " + title + ", feed " + titles.get(id));
            }
        });
        if (!disagreements.isEmpty()) {
            throw new AssertionError("the offline path disagrees with the feed on " + disagreements.size()
                    + " articles, first " + disagreements.subList(0, Math.min(5, disagreements.size())));
        }
        LOG.info("expected final state of {} records: {}, computed offline in {} ms", records.size(), describe(expected),
                (System.nanoTime() - started) / 1_000_000);
        return expected;
    }

    /** Per id, the title of the version the feed leaves applied, or null when it leaves the article withdrawn. */
    private Map<String, String> lastAppliedTitles() {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> newest = new HashMap<>();
        for (FeedGenerator.Record record : records) {
            if (record.value() == null) {
                titles.put(record.id(), null);
                continue;
            }
            JsonNode version = ArticleJson.fromBytes(record.value(), JsonNode.class);
            String updated = version.get("updated_at").textValue();
            String held = newest.get(record.id());
            if (held == null || updated.compareTo(held) >= 0) {
                newest.put(record.id(), updated);
                titles.put(record.id(), version.get("title").textValue());
            }
        }
        return titles;
    }

    /** The ids the feed leaves published and withdrawn, for messages. */
    static String describe(Map<String, EnrichedArticle> expected) {
        long withdrawn = expected.values().stream().filter(Objects::isNull).count();
        return expected.size() + " articles (" + (expected.size() - withdrawn) + " published, " + withdrawn + " withdrawn)";
    }

    private static KafkaProducer<byte[], byte[]> producer(ArticleflowConfig config) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("bootstrap.servers"));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // a broker killed or stalled for a minute: wait for it, never give up on a record of the feed
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 180_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public void close() {
        closed = true;
        producer.close(Duration.ofSeconds(10));
    }
}
