package articleflow.topology;

import articleflow.config.ArticleflowConfig;
import articleflow.topology.errors.DeadLetterDeserializationHandler;
import articleflow.topology.errors.DeadLetterProcessingHandler;
import articleflow.topology.errors.DeadLetterProductionHandler;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings articleflow runs with: exactly-once, explicit names for every internal topic and
 * store, the dead-letter topic and handlers, and room for large articles. Anything the operator configured
 * wins over these defaults, except the few the pipeline depends on.
 */
public final class StreamsSettings {

    /** How long the producers wait to fill a batch under at-least-once, unless the operator says otherwise. */
    static final int AT_LEAST_ONCE_LINGER_MS = 5;
    /** How often progress is committed under at-least-once, unless the operator says otherwise. */
    static final int AT_LEAST_ONCE_COMMIT_INTERVAL_MS = 1000;

    private StreamsSettings() {
    }

    public static Properties of(ArticleflowConfig config) {
        Properties props = new Properties();
        int maxRecordBytes = maxRecordBytes(config);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), maxRecordBytes);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), maxRecordBytes);
        props.put(StreamsConfig.topicPrefix("max.message.bytes"), String.valueOf(maxRecordBytes));
        // the consumer-group tooling (kafka-consumer-groups, lag exporters) only sees classic groups
        props.put(StreamsConfig.GROUP_PROTOCOL_CONFIG, "classic");
        props.putAll(config.kafkaProperties());
        requireStreamThread(props);
        atLeastOnceDefaults(props);

        // what the pipeline depends on: these are not the operator's to change
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.dlqTopic());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // the partition assignor builds a StreamsConfig of its own from the main consumer's settings, and (4.4) warns
        // at every start that the handler is not enabled for the global thread unless the setting reaches it too
        props.put(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), true);
        return props;
    }

    /**
     * Under at-least-once a record is visible downstream as soon as it is sent, so the producer's wait to fill a
     * batch is the latency of every broker crossing; Kafka Streams' 100 ms, paid at the two internal crossings
     * before an article is published ({@code bench} at half load, 78 articles/s, same hour: p50 110 ms and p99 396 ms;
     * with 5 ms, 76 and 355, at the same throughput). And Kafka Streams commits every 30 s there: the
     * lag operators read from the committed offsets ({@code lag}, kafka-consumer-groups, exporters) was up to 30 s
     * stale, and a crash made up to 30 s of records be processed again. Once a second costs a commit request and a
     * producer flush a second. Under exactly-once each commit (every 100 ms) flushes the producer anyway and a record
     * is visible only after it, so the commit interval sets the latency and the longer linger only saves requests:
     * Kafka Streams' defaults stay.
     */
    private static void atLeastOnceDefaults(Properties props) {
        if (!StreamsConfig.AT_LEAST_ONCE.equals(String.valueOf(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)))) {
            return;
        }
        if (!props.containsKey(ProducerConfig.LINGER_MS_CONFIG)
                && !props.containsKey(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG))) {
            props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), AT_LEAST_ONCE_LINGER_MS);
        }
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, AT_LEAST_ONCE_COMMIT_INTERVAL_MS);
    }

    /** Kafka Streams accepts 0 threads (to add some later), but this job never adds any: it would join and idle. */
    private static void requireStreamThread(Properties props) {
        Object threads = props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG);
        if (threads == null) {
            return;
        }
        int count;
        try {
            count = Integer.parseInt(String.valueOf(threads).trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads, "must be a whole number");
        }
        if (count < 1) {
            throw new ConfigException(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads,
                    "must be at least 1: without a stream thread the job would join its group and process nothing");
        }
    }

    /** The largest record the job may write, on any topic: what its producers and internal topics must allow. */
    public static int maxRecordBytes(ArticleflowConfig config) {
        return RecordLimits.of(config).largestRecordBytes();
    }
}
