package articleflow.ops;

import articleflow.events.PipelineEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline's events as Micrometer meters, named as Prometheus expects them once exported
 * ({@code articleflow_dead_letters_total{reason,source}}, {@code articleflow_normalize_duration_seconds_bucket}, …).
 * Sources come from publishers' data, so their label values are bounded in length and in number.
 */
public final class MicrometerPipelineEvents implements PipelineEvents {

    public static final String ACCEPTED = "articleflow.articles.accepted";
    public static final String ENRICHED = "articleflow.articles.enriched";
    public static final String REVISIONS = "articleflow.revisions.emitted";
    public static final String WITHDRAWN = "articleflow.articles.withdrawn";
    public static final String DEAD_LETTERS = "articleflow.dead.letters";
    public static final String STALE_SKIPPED = "articleflow.stale.corrections.skipped";
    public static final String NEIGHBOUR_UPDATES = "articleflow.neighbour.updates";
    public static final String LANGUAGE_CHECKS = "articleflow.language.checks";
    public static final String LANGUAGES = "articleflow.articles.language";
    public static final String NORMALIZE = "articleflow.normalize.duration";
    public static final String SUMMARIZE = "articleflow.summarize.duration";

    /** Label value for a source beyond the first {@link #MAX_SOURCES}, or none at all. */
    static final String OTHER_SOURCE = "other";
    static final String UNKNOWN_SOURCE = "unknown";
    static final int MAX_SOURCES = 500;
    private static final int MAX_SOURCE_LENGTH = 100;

    private final MeterRegistry registry;
    private final Set<String> sources = ConcurrentHashMap.newKeySet();
    private final Counter neighbourUpdates;
    private final Timer normalize;
    private final Timer summarize;

    public MicrometerPipelineEvents(MeterRegistry registry) {
        this.registry = registry;
        this.neighbourUpdates = Counter.builder(NEIGHBOUR_UPDATES)
                .description("Neighbour links changed in the feeds (each one leads to a new revision of a linked article)")
                .register(registry);
        this.normalize = timer(NORMALIZE, "Time to turn one article's body into clean text");
        this.summarize = timer(SUMMARIZE, "Time to assemble one article version, its summary included");
    }

    private Timer timer(String name, String description) {
        return Timer.builder(name).description(description)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    @Override
    public void accepted(String source) {
        count(ACCEPTED, "Raw articles that passed the accept stage", source);
    }

    /** An article version went out enriched (its first revision, or a correction's). */
    @Override
    public void enriched(String source) {
        count(ENRICHED, "Article versions published enriched", source);
    }

    @Override
    public void rejected(String reason, String source) {
        Counter.builder(DEAD_LETTERS).description("Records sent to the dead-letter topic")
                .tag("reason", reason == null ? UNKNOWN_SOURCE : reason)
                .tag("source", label(source))
                .register(registry).increment();
    }

    @Override
    public void staleSkipped(String source) {
        count(STALE_SKIPPED, "Corrections older than the version already processed, skipped", source);
    }

    @Override
    public void revisionEmitted(String source) {
        count(REVISIONS, "Revisions of enriched articles published", source);
    }

    @Override
    public void withdrawn(String source) {
        count(WITHDRAWN, "Articles withdrawn (tombstones published)", source);
    }

    @Override
    public void neighbourUpdates(int count) {
        if (count > 0) {
            neighbourUpdates.increment(count);
        }
    }

    /** Outcomes are a closed set and languages ISO 639-1 codes or "und", so both labels stay few. */
    @Override
    public void languageSettled(String source, String outcome, String language) {
        Counter.builder(LANGUAGE_CHECKS)
                .description("Articles whose language was settled, by how: detected, agreed, disagreed (the text "
                        + "contradicts the publisher's value, which is kept), undecided, replaced")
                .tag("outcome", outcome).tag("source", label(source))
                .register(registry).increment();
        Counter.builder(LANGUAGES).description("Article versions by the language they were analysed in")
                .tag("language", languageLabel(language))
                .register(registry).increment();
    }

    @Override
    public void normalizeNanos(long nanos) {
        normalize.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void summarizeNanos(long nanos) {
        summarize.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The sum of a counter over all its labels, for the status page. */
    public double total(String name) {
        return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Dead letters so far by reason, for the status page. */
    public Map<String, Double> deadLettersByReason() {
        Map<String, Double> byReason = new TreeMap<>();
        for (Counter counter : registry.find(DEAD_LETTERS).counters()) {
            byReason.merge(counter.getId().getTag("reason"), counter.count(), Double::sum);
        }
        return byReason;
    }

    private void count(String name, String description, String source) {
        Counter.builder(name).description(description).tag("source", label(source)).register(registry).increment();
    }

    private static String languageLabel(String language) {
        return language != null && language.length() <= 3 && language.chars().allMatch(c -> c >= 'a' && c <= 'z')
                ? language : UNKNOWN_SOURCE;
    }

    String label(String source) {
        if (source == null || source.isBlank()) {
            return UNKNOWN_SOURCE;
        }
        String value = source.length() > MAX_SOURCE_LENGTH ? source.substring(0, MAX_SOURCE_LENGTH) : source;
        if (sources.contains(value)) {
            return value;
        }
        // a flood of made-up sources must not flood Prometheus with series
        synchronized (sources) {
            if (sources.size() < MAX_SOURCES) {
                sources.add(value);
                return value;
            }
        }
        return OTHER_SOURCE;
    }
}
