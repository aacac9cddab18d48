package articleflow.config;

import articleflow.normalize.FurnitureSettings;
import articleflow.related.RelatedSettings;
import articleflow.summarize.SummaryOptions;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.internals.Topic;

/**
 * articleflow's own settings, each declared once: its key, type, default, valid values and what it means. The
 * README's settings table is generated from here (and a test keeps the two the same).
 */
public final class Settings {

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
    public static final String STATIC_MEMBERSHIP = PREFIX + "static.membership";
    public static final String METRICS_KAFKA = PREFIX + "metrics.kafka";
    public static final String STORE_CACHING = PREFIX + "store.caching";
    public static final String RELATED_ENABLED = PREFIX + "related.enabled";
    public static final String RELATED_LINKS = PREFIX + "related.links";
    public static final String RELATED_MIN_SCORE = PREFIX + "related.min.score";
    public static final String RELATED_HORIZON = PREFIX + "related.horizon";
    public static final String RELATED_BUCKET_CAP = PREFIX + "related.bucket.cap";
    public static final String RELATED_PUBLISH_DELAY = PREFIX + "related.publish.delay.ms";
    public static final String STATE_HORIZON = PREFIX + "state.horizon";

    /** The largest body articleflow accepts at all: every record it writes must still fit a Kafka request. */
    static final int BODY_LIMIT_CEILING = 64 * 1024 * 1024;

    static final ConfigDef DEFINITION = new ConfigDef()
            .define(RAW_TOPIC, Type.STRING, "articles.raw", topicName(), Importance.HIGH,
                    "The topic publishers write raw articles to (the log of record).")
            .define(ENRICHED_TOPIC, Type.STRING, "articles.enriched", topicName(), Importance.HIGH,
                    "The compacted topic of enriched articles that consumers read.")
            .define(DLQ_TOPIC, Type.STRING, "articles.dlq", topicName(), Importance.HIGH,
                    "The dead-letter topic: refused records with their reason.")
            .define(MAX_BODY_BYTES, Type.INT, 2 * 1024 * 1024, Range.between(1024, BODY_LIMIT_CEILING), Importance.HIGH,
                    "Largest article body in UTF-8 bytes; larger ones are dead-lettered as too_large.")
            .define(SUMMARY_SENTENCES, Type.INT, SummaryOptions.DEFAULT.maxSentences(), Range.between(1, 20),
                    Importance.MEDIUM, "Most sentences in a summary.")
            .define(SUMMARY_WORDS, Type.INT, SummaryOptions.DEFAULT.maxWords(), Range.between(1, 1000),
                    Importance.MEDIUM, "About how many words a summary has.")
            .define(FURNITURE_MIN_ARTICLES, Type.INT, FurnitureSettings.DEFAULT.minArticles(), Range.atLeast(1),
                    Importance.LOW, "Distinct articles a line must repeat in before it is learned as furniture.")
            .define(FURNITURE_MIN_SPAN, Type.STRING, FurnitureSettings.DEFAULT.minSpan().toString(),
                    Settings::requireDuration, Importance.LOW,
                    "Publish-time span (ISO-8601 duration) those sightings must cover.")
            .define(FURNITURE_MAX_WORDS, Type.INT, FurnitureSettings.DEFAULT.maxWords(), Range.atLeast(1),
                    Importance.LOW, "Longer lines are never learned as furniture.")
            .define(FURNITURE_MAX_SHARE, Type.DOUBLE, FurnitureSettings.DEFAULT.maxShare(), finiteBetween(0.01, 1.0),
                    Importance.LOW, "Learned furniture never takes more than this share of an article's words.")
            .define(HTTP_PORT, Type.INT, 8080, Range.between(0, 65535), Importance.MEDIUM,
                    "Port of the operators' HTTP endpoints; 0 picks a free one.")
            .define(HTTP_HOST, Type.STRING, "127.0.0.1", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Interface the operators' HTTP endpoints listen on.")
            .define(STORE_CACHING, Type.BOOLEAN, false, Importance.LOW,
                    "Kafka Streams record caches on the job's stores read by key (statestore.cache.max.bytes is their"
                            + " size): several writes of one key within a commit interval reach the changelog once.")
            .define(RELATED_ENABLED, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Find related articles, near-duplicates and keywords. Off, those fields stay empty and the job"
                            + " does less work.")
            .define(RELATED_LINKS, Type.INT, RelatedSettings.DEFAULT.listSize(), Range.between(1, 20), Importance.MEDIUM,
                    "Related articles listed per article.")
            .define(RELATED_MIN_SCORE, Type.DOUBLE, RelatedSettings.DEFAULT.minScore(), finiteBetween(0.0, 1.0),
                    Importance.LOW, "Similarity (TF-IDF cosine) below which an article is never listed as related.")
            .define(RELATED_HORIZON, Type.STRING, RelatedSettings.DEFAULT.horizon().toString(), Settings::requireDuration,
                    Importance.LOW, "Articles further apart than this by published_at are never related"
                            + " (ISO-8601 duration).")
            .define(STATE_HORIZON, Type.STRING, "P90D", Settings::requireDuration, Importance.LOW,
                    "How far behind the newest published_at an article's text and a publisher's line history are"
                            + " kept (ISO-8601 duration). Beyond it an article keeps only its id, revision and version,"
                            + " so that a late correction continues its revisions and a late withdrawal still deletes"
                            + " it; a line not seen for that long is forgotten.")
            .define(RELATED_BUCKET_CAP, Type.INT, RelatedSettings.DEFAULT.bucketCap(), Range.between(8, 100_000),
                    Importance.LOW, "Articles kept per term; a term with more within the horizon is too common to"
                            + " suggest related articles.")
            .define(RELATED_PUBLISH_DELAY, Type.LONG, 500L, Range.between(0, 60_000), Importance.LOW,
                    "How long a change of an article's related links or feed links may wait before it is"
                            + " published: the scores of a new article's pairs come back one by one within a few"
                            + " commit intervals, and every change within this wait becomes one revision instead of"
                            + " one each. The article's first publication and its corrections never wait. 0"
                            + " publishes every change at once.")
            .define(STATIC_MEMBERSHIP, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Give each instance a stable group.instance.id, kept in its state.dir, so that an instance"
                            + " restarted after a crash takes its partitions back at once instead of after its old"
                            + " session times out. An explicit group.instance.id wins.")
            .define(METRICS_KAFKA, Type.STRING, "essential", ConfigDef.ValidString.in("essential", "all"),
                    Importance.LOW, "Kafka Streams and client metrics on /metrics: essential keeps those the dashboard,"
                            + " the alerts and monitoring/README.md name (stream threads, end-to-end latency at read.raw"
                            + " and write.enriched, records lag, dropped records, producer errors, store sizes); all"
                            + " exports every one, over 1 MB per scrape.");

    private Settings() {
    }

    /** The definitions, for generated documentation. */
    public static ConfigDef definition() {
        return DEFINITION;
    }

    /** The settings as the README shows them: a Markdown table of key, default and meaning, in declaration order. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| key | default | meaning |\n|---|---|---|\n");
        for (ConfigDef.ConfigKey key : DEFINITION.configKeys().values()) {
            table.append("| `").append(key.name).append("` | `").append(ConfigDef.convertToString(key.defaultValue, key.type))
                    .append("` | ").append(key.documentation).append(" |\n");
        }
        return table.toString();
    }

    /** A name Kafka accepts for a topic, checked here rather than as the broker's refusal of the first record. */
    private static ConfigDef.Validator topicName() {
        return ConfigDef.LambdaValidator.with((name, value) -> {
            try {
                Topic.validate(String.valueOf(value));
            } catch (InvalidTopicException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }, () -> "a topic name: letters, digits, '.', '_' and '-', at most 249");
    }

    /** Kafka's {@link Range} lets NaN through (every comparison with it is false): a number between, never NaN. */
    private static ConfigDef.Validator finiteBetween(double min, double max) {
        Range range = Range.between(min, max);
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                if (value instanceof Double number && number.isNaN()) {
                    throw new ConfigException(name, value, "must be a number in " + range);
                }
                range.ensureValid(name, value);
            }

            @Override
            public String toString() {
                return range.toString();
            }
        };
    }

    private static void requireDuration(String name, Object value) {
        try {
            Duration parsed = Duration.parse(String.valueOf(value).trim());
            if (parsed.isNegative()) {
                throw new ConfigException(name, value, "must not be negative");
            }
        } catch (DateTimeParseException e) {
            throw new ConfigException(name, value, "must be an ISO-8601 duration such as PT1H");
        }
    }
}
