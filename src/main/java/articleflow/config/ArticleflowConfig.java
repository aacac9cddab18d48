package articleflow.config;

import articleflow.normalize.FurnitureSettings;
import articleflow.related.RelatedSettings;
import articleflow.summarize.SummaryOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigException;

/**
 * articleflow's configuration: its own settings (keys under {@code articleflow.}, declared in {@link Settings})
 * plus every Kafka client and Streams setting passed through unchanged. Built in layers, each over the one
 * before: defaults, a properties file, environment variables ({@code ARTICLEFLOW_BOOTSTRAP_SERVERS} is
 * {@code bootstrap.servers}, {@code ARTICLEFLOW_HTTP_PORT} is {@code articleflow.http.port}), then the command
 * line. Own settings are parsed and checked once, here: an unknown {@code articleflow.*} key or a bad value is
 * an error that says which. A Kafka setting's value is checked here too, by Kafka's own definition of it.
 */
public final class ArticleflowConfig {

    public static final String PREFIX = Settings.PREFIX;
    public static final String RAW_TOPIC = Settings.RAW_TOPIC;
    public static final String ENRICHED_TOPIC = Settings.ENRICHED_TOPIC;
    public static final String DLQ_TOPIC = Settings.DLQ_TOPIC;
    public static final String MAX_BODY_BYTES = Settings.MAX_BODY_BYTES;
    public static final String SUMMARY_SENTENCES = Settings.SUMMARY_SENTENCES;
    public static final String SUMMARY_WORDS = Settings.SUMMARY_WORDS;
    public static final String FURNITURE_MIN_ARTICLES = Settings.FURNITURE_MIN_ARTICLES;
    public static final String FURNITURE_MIN_SPAN = Settings.FURNITURE_MIN_SPAN;
    public static final String FURNITURE_MAX_WORDS = Settings.FURNITURE_MAX_WORDS;
    public static final String FURNITURE_MAX_SHARE = Settings.FURNITURE_MAX_SHARE;
    public static final String HTTP_PORT = Settings.HTTP_PORT;
    public static final String HTTP_HOST = Settings.HTTP_HOST;

    /** The only Kafka setting articleflow gives a default of its own. */
    private static final Map<String, String> KAFKA_DEFAULTS = Map.of("application.id", "articleflow");

    private final Map<String, String> values;
    private final Map<String, Object> own;

    private ArticleflowConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        Map<String, String> ownValues = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                if (!Settings.DEFINITION.names().contains(key)) {
                    throw new ConfigException("unknown setting " + key
                            + SimilarNames.suggestion(key, Settings.DEFINITION.names()));
                }
                ownValues.put(key, value.trim());
            } else {
                KafkaSettingValues.requireValid(key, value);
            }
        });
        this.own = Settings.DEFINITION.parse(ownValues);
    }

    public static ArticleflowConfig defaults() {
        return new ArticleflowConfig(KAFKA_DEFAULTS);
    }

    /** Layers, lowest first: defaults, the file's properties, the environment, the command-line overrides. */
    public static ArticleflowConfig load(Properties file, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> values = new TreeMap<>(KAFKA_DEFAULTS);
        if (file != null) {
            file.stringPropertyNames().forEach(name -> values.put(name.strip(), file.getProperty(name).trim()));
        }
        environment.forEach((name, value) -> {
            if (name.startsWith("ARTICLEFLOW_") && name.length() > "ARTICLEFLOW_".length()) {
                values.put(keyOfEnvironmentVariable(name), value);
            }
        });
        // "-D ' key=value'" is the key, not a new one that a stray space makes unknown
        overrides.forEach((key, value) -> values.put(key.strip(), value));
        values.computeIfPresent("bootstrap.servers", (key, servers) -> serverList(servers));
        return new ArticleflowConfig(values);
    }

    /**
     * The servers without empty entries or repeats ("a:9092,,a:9092," is "a:9092"): Kafka would drop them itself, but
     * with a warning line on every start, and ",,," would pass as a cluster until a client refused it.
     */
    static String serverList(String servers) {
        java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
        for (String server : servers.split(",")) {
            if (!server.isBlank()) {
                distinct.add(server.strip());
            }
        }
        return String.join(",", distinct);
    }

    public ArticleflowConfig with(String key, String value) {
        Map<String, String> changed = new TreeMap<>(values);
        changed.put(key, value);
        return new ArticleflowConfig(changed);
    }

    static String keyOfEnvironmentVariable(String name) {
        String key = name.substring("ARTICLEFLOW_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
        for (String own : Settings.DEFINITION.names()) {
            String withoutPrefix = own.substring(PREFIX.length());
            int firstDot = withoutPrefix.indexOf('.');
            String firstWord = firstDot < 0 ? withoutPrefix : withoutPrefix.substring(0, firstDot + 1);
            if (key.startsWith(firstWord)) {
                return PREFIX + key;
            }
        }
        return key;
    }

    /** The raw value of any setting, articleflow's or Kafka's, or null. */
    public String get(String key) {
        return values.get(key);
    }

    public boolean has(String key) {
        String value = values.get(key);
        return value != null && !value.isBlank();
    }

    public String rawTopic() {
        return (String) own.get(RAW_TOPIC);
    }

    public String enrichedTopic() {
        return (String) own.get(ENRICHED_TOPIC);
    }

    public String dlqTopic() {
        return (String) own.get(DLQ_TOPIC);
    }

    public String applicationId() {
        return values.get("application.id");
    }

    public int maxBodyBytes() {
        return (Integer) own.get(MAX_BODY_BYTES);
    }

    public SummaryOptions summaryOptions() {
        return new SummaryOptions((Integer) own.get(SUMMARY_SENTENCES), (Integer) own.get(SUMMARY_WORDS));
    }

    public FurnitureSettings furnitureSettings() {
        return new FurnitureSettings((Integer) own.get(FURNITURE_MIN_ARTICLES),
                Duration.parse(((String) own.get(FURNITURE_MIN_SPAN)).trim()),
                (Integer) own.get(FURNITURE_MAX_WORDS), (Double) own.get(FURNITURE_MAX_SHARE));
    }

    public int httpPort() {
        return (Integer) own.get(HTTP_PORT);
    }

    public String httpHost() {
        return (String) own.get(HTTP_HOST);
    }

    /** Whether the job's stores keep a record cache in front of RocksDB and their changelogs. */
    public boolean storeCaching() {
        return (Boolean) own.get(Settings.STORE_CACHING);
    }

    public boolean relatedEnabled() {
        return (Boolean) own.get(Settings.RELATED_ENABLED);
    }

    /** How long a change of related links may wait to be published with the next ones (0: not at all). */
    public Duration relatedPublishDelay() {
        return Duration.ofMillis((Long) own.get(Settings.RELATED_PUBLISH_DELAY));
    }

    /** How far behind the newest published_at the by-id and by-source stores keep what they know in full. */
    public Duration stateHorizon() {
        return Duration.parse(((String) own.get(Settings.STATE_HORIZON)).trim());
    }

    public RelatedSettings relatedSettings() {
        return RelatedSettings.DEFAULT.withListSize((Integer) own.get(Settings.RELATED_LINKS))
                .withMinScore((Double) own.get(Settings.RELATED_MIN_SCORE))
                .withHorizon(Duration.parse(((String) own.get(Settings.RELATED_HORIZON)).trim()))
                .withBucketCap((Integer) own.get(Settings.RELATED_BUCKET_CAP));
    }

    /** Whether /metrics exports every Kafka metric rather than the essential ones. */
    public boolean allKafkaMetrics() {
        return "all".equals(own.get(Settings.METRICS_KAFKA));
    }

    public boolean staticMembership() {
        return (Boolean) own.get(Settings.STATIC_MEMBERSHIP);
    }

    /** Every setting that is not articleflow's own: Kafka client and Streams settings, passed through unchanged. */
    public Properties kafkaProperties() {
        Properties kafka = new Properties();
        values.forEach((key, value) -> {
            if (!key.startsWith(PREFIX)) {
                kafka.setProperty(key, value);
            }
        });
        return kafka;
    }

    /**
     * One line for each setting that neither articleflow nor any Kafka client or Kafka Streams knows, naming the
     * closest known key: Kafka would ignore it silently, so the operator should hear of it.
     */
    public List<String> unknownKafkaSettings() {
        List<String> warnings = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!key.startsWith(PREFIX) && !KafkaSettingNames.isKnown(key)) {
                warnings.add(key + " is not a setting of Kafka Streams or its clients, so it has no effect"
                        + SimilarNames.suggestion(key, KafkaSettingNames.all()));
            }
        }
        return warnings;
    }
}
