package articleflow.app.bench;

import articleflow.app.FeedGenerator;
import articleflow.app.TemporaryFolder;
import articleflow.config.ArticleflowConfig;
import articleflow.events.PipelineEvents;
import articleflow.ops.KafkaClients;
import articleflow.ops.LagReader;
import articleflow.topology.ArticleflowTopology;
import articleflow.topology.StreamsSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Streaming cost of articleflow against a bare pass-through topology on the same broker, with the same generated
 * feed, partitions and StreamsConfig, in the same run: each topology drains a pre-filled topic while the bench
 * reads CPU, heap and the bytes every topic took; the pipeline also runs at half its measured rate for latency.
 * The broker and the job share the machine, so the ratio travels between machines better than either rate.
 */
public final class StreamingBench {

    private final ArticleflowConfig config;
    private final BenchOptions options;
    private final LongSupplier brokerPid;
    private final PrintStream progress;
    /** Seconds the last drained run took from start until its first input record was read. */
    private double startupSeconds;

    /**
     * @param config    bootstrap.servers and any client or Streams setting, the same for every run
     * @param brokerPid the broker process to charge broker CPU to, or 0 when it is not on this machine
     */
    public StreamingBench(ArticleflowConfig config, BenchOptions options, LongSupplier brokerPid, PrintStream progress) {
        this.config = config.with(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, options.guarantee())
                .with(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        this.options = options;
        this.brokerPid = brokerPid;
        this.progress = progress;
    }

    /** The Streams settings both topologies run with (application id and topic names aside). */
    public Map<String, String> streamsConfig() {
        Map<String, String> shown = new TreeMap<>();
        StreamsSettings.of(config).forEach((key, value) -> shown.put(key.toString(),
                value instanceof Class<?> type ? type.getSimpleName() : String.valueOf(value)));
        shown.remove(StreamsConfig.APPLICATION_ID_CONFIG);
        shown.remove(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return shown;
    }

    public FeedGenerator.Options feed(int articles, long seed) {
        return new FeedGenerator.Options(articles, options.sources(), options.bodyBytes(), options.htmlShare(),
                0.3, 0.5, 0.1, 0.1, 0.5, 0.5, seed);
    }

    /**
     * Warm-ups, then the pipeline (and each lever, and the pipeline again), latency at half the pipeline's rate, and
     * the pass-through last. The pipeline warms up on as many articles as it is measured on, again while the JIT is
     * still a large part of its CPU ({@link WarmUp}); the plain run again after the levers shows what noise is left.
     */
    public BenchReport run() throws Exception {
        List<FeedGenerator.Record> feed = FeedGenerator.generate(feed(options.articles(), options.seed()));
        progress.printf("warming up both topologies (untimed)%n");
        List<FeedGenerator.Record> warmFeed = FeedGenerator.generate(feed(Math.min(5000, options.articles()), options.seed() + 7));
        RunResult warmPass = drain("warm-pass", cycles(warmFeed, 4), 4L * Math.min(5000, options.articles()), StreamingBench::passThrough);
        double passStartup = startupSeconds;
        RunResult warm = drain("warm-pipeline", FeedGenerator.generate(feed(options.articles(), options.seed() + 11)),
                options.articles(), this::articleflow);
        double warmSeconds = warm.seconds();
        for (int rounds = 1; WarmUp.another(warm, rounds, warmSeconds); rounds++) {
            progress.printf("  the JIT compiling was %.0f%% of that warm-up's CPU: warming up again%n",
                    100 * WarmUp.jitShare(warm));
            warm = drain("warm-pipeline", FeedGenerator.generate(feed(options.articles(), options.seed() + 11 + rounds)),
                    options.articles(), this::articleflow);
            warmSeconds += warm.seconds();
        }
        RunResult pipeline = drain("articleflow", feed, options.articles(), this::articleflow);
        // each lever on its own, on the same feed and broker
        Map<String, RunResult> levers = new LinkedHashMap<>();
        for (Map.Entry<String, String> lever : options.levers().entrySet()) {
            StreamingBench with = new StreamingBench(config.with(lever.getKey(), lever.getValue()), options, brokerPid, progress);
            levers.put(lever.getKey() + "=" + lever.getValue(),
                    with.drain("lever-" + levers.size(), feed, options.articles(), with::articleflow));
        }
        if (!levers.isEmpty()) {
            // the plain pipeline once more: the spread between the two plain runs is the noise a lever must beat
            levers.put("(plain, again)", drain("articleflow-again", feed, options.articles(), this::articleflow));
        }
        LatencyResult latency = null;
        if (options.latency()) {
            double recordsPerArticle = (double) pipeline.records() / pipeline.articles();
            double rate = options.latencyRate() > 0 ? options.latencyRate() * recordsPerArticle
                    : pipeline.recordsPerSecond() / 2;
            int articles = (int) Math.max(100, Math.ceil(rate / recordsPerArticle
                    * (LatencyProbe.LEAD_IN_SECONDS + BenchOptions.MIN_RUN_SECONDS + 5)));
            List<FeedGenerator.Record> probeFeed = FeedGenerator.generate(feed(articles, options.seed() + 1));
            latency = new LatencyProbe(this, rate).measure(probeFeed, articles);
        }
        // enough copies of the feed for the pass-through to last the minimum too: it is an order of magnitude faster;
        // its rate counted from the first record read, as start-up takes seconds on a busy machine
        double passRate = warmPass.records() / Math.max(0.5, warmPass.seconds() - passStartup);
        int copies = (int) Math.max(1, Math.ceil(2 * passRate * (BenchOptions.MIN_RUN_SECONDS + 5) / feed.size()));
        RunResult ceiling = drain("pass-through", cycles(feed, copies), (long) copies * options.articles(), StreamingBench::passThrough);
        if (ceiling.seconds() < BenchOptions.MIN_RUN_SECONDS) {
            // the warm-up's rate was of cold code: twice the rate just measured
            copies = (int) Math.ceil(2 * ceiling.recordsPerSecond() * (BenchOptions.MIN_RUN_SECONDS + 5) / feed.size());
            progress.printf("pass-through ran %.1f s: again with %d copies of the feed%n", ceiling.seconds(), copies);
            ceiling = drain("pass-through", cycles(feed, copies), (long) copies * options.articles(), StreamingBench::passThrough);
        }
        return new BenchReport(options, streamsConfig(), ceiling, pipeline, levers, latency);
    }

    static List<FeedGenerator.Record> cycles(List<FeedGenerator.Record> feed, int copies) {
        List<FeedGenerator.Record> all = new ArrayList<>(feed.size() * copies);
        for (int i = 0; i < copies; i++) {
            all.addAll(feed);
        }
        return all;
    }

    /** A run's own settings: fresh topics and application id, so nothing of an earlier run is read. */
    ArticleflowConfig settingsOf(String run) {
        return config.with(ArticleflowConfig.RAW_TOPIC, run + "-in")
                .with(ArticleflowConfig.ENRICHED_TOPIC, run + "-out")
                .with(ArticleflowConfig.DLQ_TOPIC, run + "-dlq")
                .with(StreamsConfig.APPLICATION_ID_CONFIG, run);
    }

    void createTopics(Admin admin, ArticleflowConfig settings) throws Exception {
        // short retention: benchmark topics fill the disk fast
        Map<String, String> configs = Map.of("retention.ms", "600000", "max.message.bytes",
                String.valueOf(StreamsSettings.maxRecordBytes(settings)));
        admin.createTopics(List.of(
                new NewTopic(settings.rawTopic(), options.partitions(), (short) 1).configs(configs),
                new NewTopic(settings.enrichedTopic(), options.partitions(), (short) 1).configs(configs),
                new NewTopic(settings.dlqTopic(), 1, (short) 1).configs(configs))).all().get();
    }

    static KafkaStreams streams(ArticleflowConfig settings, Function<ArticleflowConfig, Topology> topology,
                                        Path stateDir) {
        Properties props = StreamsSettings.of(settings);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new KafkaStreams(topology.apply(settings), props);
    }

    /** Bytes of every file under {@code dir}; 0 when it is gone. */
    static long bytesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    /** Produces the records to a fresh input topic, then times a topology from start until nothing is left to read. */
    RunResult drain(String name, List<FeedGenerator.Record> records, long articles,
                    Function<ArticleflowConfig, Topology> topology) throws Exception {
        String run = name + "-" + System.nanoTime();
        ArticleflowConfig settings = settingsOf(run);
        try (Admin admin = KafkaClients.admin(settings)) {
            createTopics(admin, settings);
            long inputBytes = fill(settings, records);
            String loadBefore = ProcessCpu.loadAverage();
            long peakHeap = 0;
            try (TemporaryFolder state = TemporaryFolder.create("articleflow-bench-");
                 KafkaStreams streams = streams(settings, topology, state.path())) {
                double jobCpu = ProcessCpu.thisJvm();
                double jit = ProcessCpu.jitSeconds();
                double brokerCpu = ProcessCpu.ofProcess(brokerPid.getAsLong());
                long started = System.nanoTime();
                long lastShown = started;
                startupSeconds = Double.NaN;
                streams.start();
                while (true) {
                    Thread.sleep(250);
                    peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    if (streams.state() == KafkaStreams.State.ERROR) {
                        throw new IllegalStateException(name + " failed");
                    }
                    Progress now = progress(admin, run, settings.rawTopic());
                    if (Double.isNaN(startupSeconds) && now.inputRead() > 0) {
                        startupSeconds = (System.nanoTime() - started) / 1e9;
                    }
                    if (System.nanoTime() - lastShown > 5e9) {
                        lastShown = System.nanoTime();
                        double seconds = (lastShown - started) / 1e9;
                        progress.printf("  %-13s %5.0f s  %,d of %,d records read  %,.0f records/s  load %s%n", name,
                                seconds, now.inputRead(), records.size(), now.inputRead() / seconds, ProcessCpu.loadAverage());
                    }
                    if (now.nearlyDone() && drained(admin, settings, run)) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        double jobCpuUsed = ProcessCpu.thisJvm() - jobCpu;
                        double jitUsed = ProcessCpu.jitSeconds() - jit;
                        double brokerCpuUsed = ProcessCpu.ofProcess(brokerPid.getAsLong()) - brokerCpu;
                        String loadAfter = ProcessCpu.loadAverage();
                        streams.close(Duration.ofSeconds(30));
                        // closed, every store has flushed its files: what the job keeps on disk
                        long stateBytes = bytesUnder(state.path());
                        // a run's RocksDB state is gigabytes at the default size: not left in /tmp
                        streams.cleanUp();
                        Map<String, Long> bytes = TopicBytes.withPrefix(admin, run + "-");
                        long output = name.contains("pass") ? records.size() : countCommitted(settings, settings.enrichedTopic());
                        RunResult result = new RunResult(name, articles, records.size(), inputBytes, seconds, jobCpuUsed,
                                jitUsed, brokerCpuUsed, bytes, output, peakHeap, stateBytes, loadBefore, loadAfter);
                        progress.printf("  %-13s done: %,.0f articles/s, %,.0f records/s in %.1f s%n", name,
                                result.articlesPerSecond(), result.recordsPerSecond(), seconds);
                        return result;
                    }
                }
            } finally {
                deleteTopicsOf(admin, run);
            }
        }
    }

    static void deleteTopicsOf(Admin admin, String run) throws Exception {
        List<String> topics = admin.listTopics().names().get().stream().filter(topic -> topic.startsWith(run + "-")).toList();
        admin.deleteTopics(topics).all().get();
    }

    /** Pre-fills the input topic; returns the bytes of keys and values sent. */
    long fill(ArticleflowConfig settings, List<FeedGenerator.Record> records) {
        // One request in flight: a partition created a moment ago can answer NOT_LEADER_OR_FOLLOWER to the first
        // batch while later ones land, and the idempotent producer then retries it as out of sequence until its
        // delivery timeout (minutes). Seen with 4.4.0 on a single KRaft broker.
        ArticleflowConfig producerSettings = settings.with(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1")
                .with(ProducerConfig.LINGER_MS_CONFIG, "20").with(ProducerConfig.BATCH_SIZE_CONFIG, "262144")
                .with(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        long bytes = 0;
        try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(producerSettings)) {
            for (FeedGenerator.Record record : records) {
                producer.send(new ProducerRecord<>(settings.rawTopic(), record.key(), record.value()));
                bytes += record.key().length + (record.value() == null ? 0 : record.value().length);
            }
            producer.flush();
        }
        return bytes;
    }

    /** How far the application's group has read the input, and whether every topic it reads is within a marker of its end. */
    private record Progress(long inputRead, boolean nearlyDone) {
    }

    private Progress progress(Admin admin, String group, String inputTopic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < options.partitions(); p++) {
            latest.put(new TopicPartition(inputTopic, p), OffsetSpec.latest());
        }
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        long read = 0;
        boolean nearlyDone = true;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            long position = at == null ? 0 : at.offset();
            if (end.getKey().topic().equals(inputTopic)) {
                read += position;
            }
            // under exactly-once a transaction marker follows the last record: one offset short is the end
            nearlyDone &= end.getValue().offset() - position <= 1;
        }
        return new Progress(read, nearlyDone);
    }

    /**
     * Every input and repartition partition read to its end (LagReader tells a marker from a record). Every
     * partition of every repartition topic counts, committed on or not: a partition the job has not committed on
     * yet may hold records, and when the raw topic is read fast (the text work being cheap) it is not rare.
     */
    private static boolean drained(Admin admin, ArticleflowConfig settings, String group) throws Exception {
        LagReader lag = new LagReader(admin, KafkaClients.consumerSettings(settings));
        List<String> inputs = new ArrayList<>(List.of(settings.rawTopic()));
        admin.listTopics().names().get().stream()
                .filter(topic -> topic.startsWith(group + "-") && topic.endsWith("-repartition"))
                .forEach(inputs::add);
        return lag.read(group, inputs, inputs).total() == 0 && lag.read(group, null).total() == 0;
    }

    /** Records a read_committed consumer sees on a topic. */
    long countCommitted(ArticleflowConfig settings, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(settings, null)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long count = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp)) && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(200));
                count += batch.count();
            }
            return count;
        }
    }

    /** The ceiling: bytes in, bytes out, nothing else. */
    public static Topology passThrough(ArticleflowConfig settings) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(settings.rawTopic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read.raw"))
                .to(settings.enrichedTopic(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("write.enriched"));
        return builder.build();
    }

    /** The full pipeline over this bench's partitions. */
    public Topology articleflow(ArticleflowConfig settings) {
        return ArticleflowTopology.build(settings, PipelineEvents.NONE, options.partitions());
    }
}
