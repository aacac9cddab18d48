package articleflow.config;

import articleflow.normalize.FurnitureSettings;
import articleflow.summarize.SummaryOptions;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * articleflow's configuration: its own settings (keys under {@code articleflow.}) plus every Kafka client and
 * Streams setting passed through unchanged. Built in layers, each over the one before: defaults, a properties
 * file, environment variables ({@code ARTICLEFLOW_BOOTSTRAP_SERVERS} is {@code bootstrap.servers},
 * {@code ARTICLEFLOW_HTTP_PORT} is {@code articleflow.http.port}), then the command line.
 */
public final class ArticleflowConfig {

    public static final String PREFIX = "articleflow.";
    public static final String RAW_TOPIC = PREFIX + "topics.raw";
    public static final String ENRICHED_TOPIC = PREFIX + "topics.enriched";
    public static final String DLQ_TOPIC = PREFIX + "topics.dlq";
    public static final String MAX_BODY_BYTES = PREFIX + "body.max.bytes";
    public static final String SUMMARY_SENTENCES = PREFIX + "summary.sentences";
    public static final String SUMMARY_WORDS = PREFIX + "summary.words";
    public static final String FURNITURE_MIN_ARTICLES = PREFIX + "furniture.min.articles";
    public static final String FURNITURE_MIN_SPAN = PREFIX + "furniture.min.span";
    public static final String FURNITURE_MAX_WORDS = PREFIX + "furniture.max.words";
    public static final String FURNITURE_MAX_SHARE = PREFIX + "furniture.max.share";
    public static final String HTTP_PORT = PREFIX + "http.port";
    public static final String HTTP_HOST = PREFIX + "http.host";

    /** The first words of articleflow's own keys, so that environment variables can leave out the prefix. */
    private static final String[] OWN_KEY_STARTS = {"topics.", "body.", "summary.", "furniture.", "http."};

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("application.id", "articleflow"),
            Map.entry(RAW_TOPIC, "articles.raw"),
            Map.entry(ENRICHED_TOPIC, "articles.enriched"),
            Map.entry(DLQ_TOPIC, "articles.dlq"),
            Map.entry(MAX_BODY_BYTES, String.valueOf(2 * 1024 * 1024)),
            Map.entry(SUMMARY_SENTENCES, String.valueOf(SummaryOptions.DEFAULT.maxSentences())),
            Map.entry(SUMMARY_WORDS, String.valueOf(SummaryOptions.DEFAULT.maxWords())),
            Map.entry(FURNITURE_MIN_ARTICLES, String.valueOf(FurnitureSettings.DEFAULT.minArticles())),
            Map.entry(FURNITURE_MIN_SPAN, FurnitureSettings.DEFAULT.minSpan().toString()),
            Map.entry(FURNITURE_MAX_WORDS, String.valueOf(FurnitureSettings.DEFAULT.maxWords())),
            Map.entry(FURNITURE_MAX_SHARE, String.valueOf(FurnitureSettings.DEFAULT.maxShare())),
            Map.entry(HTTP_PORT, "8080"),
            Map.entry(HTTP_HOST, "127.0.0.1"));

    private final Map<String, String> values;

    private ArticleflowConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
        validate();
    }

    public static ArticleflowConfig defaults() {
        return new ArticleflowConfig(DEFAULTS);
    }

    /** Layers, lowest first: defaults, the file's properties, the environment, the command-line overrides. */
    public static ArticleflowConfig load(Properties file, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> values = new TreeMap<>(DEFAULTS);
        if (file != null) {
            file.stringPropertyNames().forEach(name -> values.put(name, file.getProperty(name).trim()));
        }
        environment.forEach((name, value) -> {
            if (name.startsWith("ARTICLEFLOW_") && name.length() > "ARTICLEFLOW_".length()) {
                values.put(keyOfEnvironmentVariable(name), value);
            }
        });
        values.putAll(overrides);
        return new ArticleflowConfig(values);
    }

    public ArticleflowConfig with(String key, String value) {
        Map<String, String> changed = new TreeMap<>(values);
        changed.put(key, value);
        return new ArticleflowConfig(changed);
    }

    static String keyOfEnvironmentVariable(String name) {
        String key = name.substring("ARTICLEFLOW_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
        for (String start : OWN_KEY_STARTS) {
            if (key.startsWith(start)) {
                return PREFIX + key;
            }
        }
        return key;
    }

    public String get(String key) {
        return values.get(key);
    }

    public boolean has(String key) {
        String value = values.get(key);
        return value != null && !value.isBlank();
    }

    public String rawTopic() {
        return values.get(RAW_TOPIC);
    }

    public String enrichedTopic() {
        return values.get(ENRICHED_TOPIC);
    }

    public String dlqTopic() {
        return values.get(DLQ_TOPIC);
    }

    public String applicationId() {
        return values.get("application.id");
    }

    public int maxBodyBytes() {
        return intValue(MAX_BODY_BYTES);
    }

    public SummaryOptions summaryOptions() {
        return new SummaryOptions(intValue(SUMMARY_SENTENCES), intValue(SUMMARY_WORDS));
    }

    public FurnitureSettings furnitureSettings() {
        return new FurnitureSettings(intValue(FURNITURE_MIN_ARTICLES), Duration.parse(values.get(FURNITURE_MIN_SPAN)),
                intValue(FURNITURE_MAX_WORDS), Double.parseDouble(values.get(FURNITURE_MAX_SHARE)));
    }

    public int httpPort() {
        return intValue(HTTP_PORT);
    }

    public String httpHost() {
        return values.get(HTTP_HOST);
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

    private int intValue(String key) {
        try {
            return Integer.parseInt(values.get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + values.get(key) + "'");
        }
    }

    private void validate() {
        if (maxBodyBytes() <= 0) {
            throw new IllegalArgumentException(MAX_BODY_BYTES + " must be positive");
        }
        SummaryOptions summary = summaryOptions();
        if (summary.maxSentences() < 1 || summary.maxWords() < 1) {
            throw new IllegalArgumentException("summary sentences and words must be at least 1");
        }
        try {
            furnitureSettings();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid furniture settings: " + e.getMessage(), e);
        }
        int port = httpPort();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(HTTP_PORT + " must be a port number (0 for any free port)");
        }
    }
}
