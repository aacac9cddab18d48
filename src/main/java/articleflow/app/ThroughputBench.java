package articleflow.app;

import articleflow.events.PipelineEvents;
import articleflow.ops.KafkaClients;
import articleflow.ops.LagReader;
import articleflow.config.ArticleflowConfig;
import articleflow.topology.ArticleflowTopology;
import articleflow.topology.StreamsSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Streaming throughput of articleflow as a share of what a bare pass-through topology does on the same broker,
 * with the same records, partitions and guarantee, in the same run: the broker and the job share the machine,
 * so only the ratio travels between machines.
 */
public final class ThroughputBench {

    public record Result(String name, long records, Duration elapsed) {
        public double perSecond() {
            return records / (elapsed.toNanos() / 1e9);
        }
    }

    private final ArticleflowConfig config;
    private final int partitions;

    /** @param config bootstrap.servers and any client settings; topic names and application ids are the bench's own */
    public ThroughputBench(ArticleflowConfig config, int partitions) {
        this.config = config;
        this.partitions = partitions;
    }

    /** Produces the records to a fresh input topic, then times a topology from start until its lag is zero. */
    public Result run(String name, List<byte[][]> records, Function<ArticleflowConfig, Topology> topology) throws Exception {
        String run = name + "-" + System.nanoTime();
        ArticleflowConfig settings = config
                .with(ArticleflowConfig.RAW_TOPIC, run + "-in")
                .with(ArticleflowConfig.ENRICHED_TOPIC, run + "-out")
                .with(ArticleflowConfig.DLQ_TOPIC, run + "-dlq")
                .with(StreamsConfig.APPLICATION_ID_CONFIG, run)
                .with(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        try (Admin admin = KafkaClients.admin(settings)) {
            // short retention: benchmark topics fill the disk fast
            Map<String, String> configs = Map.of("retention.ms", "600000", "max.message.bytes",
                    String.valueOf(StreamsSettings.maxRecordBytes(settings)));
            admin.createTopics(List.of(
                    new NewTopic(settings.rawTopic(), partitions, (short) 1).configs(configs),
                    new NewTopic(settings.enrichedTopic(), partitions, (short) 1).configs(configs),
                    new NewTopic(settings.dlqTopic(), 1, (short) 1).configs(configs))).all().get();
            // One request in flight: a partition created a moment ago can answer NOT_LEADER_OR_FOLLOWER to the first
            // batch while later ones land, and the idempotent producer then retries it as out of sequence until its
            // delivery timeout (minutes). Seen with 4.4.0 on a single KRaft broker.
            ArticleflowConfig producerSettings = settings.with(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
            try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(producerSettings)) {
                for (byte[][] record : records) {
                    producer.send(new ProducerRecord<>(settings.rawTopic(), record[0], record[1]));
                }
                producer.flush();
            }
            Properties props = StreamsSettings.of(settings);
            props.put(StreamsConfig.STATE_DIR_CONFIG, java.nio.file.Files.createTempDirectory("articleflow-bench-").toString());
            LagReader lag = new LagReader(admin, settings.kafkaProperties());
            try (KafkaStreams streams = new KafkaStreams(topology.apply(settings), props)) {
                long started = System.nanoTime();
                streams.start();
                while (true) {
                    Thread.sleep(250);
                    LagReader.GroupLag groupLag = lag.read(run, List.of(settings.rawTopic()));
                    if (groupLag.total() == 0 && lag.read(run, null).total() == 0) {
                        return new Result(name, records.size(), Duration.ofNanos(System.nanoTime() - started));
                    }
                    if (streams.state() == KafkaStreams.State.ERROR) {
                        throw new IllegalStateException(name + " failed");
                    }
                }
            } finally {
                admin.deleteTopics(List.of(settings.rawTopic(), settings.enrichedTopic(), settings.dlqTopic()));
            }
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
        return ArticleflowTopology.build(settings, PipelineEvents.NONE, partitions);
    }
}
