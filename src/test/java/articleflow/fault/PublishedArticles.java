package articleflow.fault;

import articleflow.testing.RelatedNewsWait;
import static org.assertj.core.api.Assertions.assertThat;

import articleflow.config.ArticleflowConfig;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import articleflow.ops.KafkaClients;
import articleflow.ops.LagReader;
import articleflow.topology.errors.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output topic (and the dead-letter topic) as a downstream service sees it: a {@code read_committed}
 * consumer from the first offset, no group. It keeps only what the checks need, so that a feed of tens of
 * thousands of articles fits: the latest value per id, the latest revision per id, and every place where a
 * revision came out repeated, lower than the one before it, or past a number that never came out.
 *
 * <p>Revisions per id are exactly 1, 2, 3, … in the order read, except that a withdrawal spends one number
 * unseen (its tombstone carries no value): the ledger raises the revision only when it publishes or withdraws,
 * and exactly-once keeps every such step together with its record. A number skipped is a revision lost.
 */
final class PublishedArticles implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedArticles.class);

    /** Until a given share of the feed is out, on a busy 2-core machine. */
    static final Duration PROGRESS_TIMEOUT = Duration.ofSeconds(120);
    /** Until everything sent is processed and out, recovery from a fault included. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(180);

    // revision and processing time depend on arrival order; keywords and related scores on document frequencies,
    // which each partition estimates from its own articles (one partition offline, several here)
    private static final String[] ORDER_DEPENDENT = {"revision", "processedAt", "keywords", "neighbors.related"};
    private static final int SHOWN = 8;

    private final ArticleflowConfig config;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    /** The latest value per id in the order ids first appeared; null for a tombstone. */
    private final Map<String, EnrichedArticle> latest = new LinkedHashMap<>();
    private final Map<String, Long> lastRevision = new HashMap<>();
    /** Per id, the revision numbers its records have used so far: its latest revision, plus one per tombstone since. */
    private final Map<String, Long> revisionsSpent = new HashMap<>();
    private final List<String> revisionProblems = new ArrayList<>();
    private final List<String> lostRevisions = new ArrayList<>();
    private final List<String> deadLetters = new ArrayList<>();
    private long records;

    PublishedArticles(ArticleflowConfig config) {
        this.config = config;
        this.consumer = KafkaClients.consumer(config, null);
        for (String topic : List.of(config.enrichedTopic(), config.dlqTopic())) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Ids whose latest record is an article, not a tombstone. */
    int publishedIds() {
        return (int) latest.values().stream().filter(Objects::nonNull).count();
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(timeout)) {
            if (record.topic().equals(config.dlqTopic())) {
                Header reason = record.headers().lastHeader(DeadLetters.REASON_HEADER);
                deadLetters.add(key(record) + " (" + (reason == null ? "?" : new String(reason.value(), StandardCharsets.UTF_8))
                        + ")");
                continue;
            }
            records++;
            String id = key(record);
            // a tombstone spends a revision number too (the ledger counts on across a withdrawal)
            long expected = revisionsSpent.merge(id, 1L, Long::sum);
            if (record.value() == null) {
                latest.put(id, null);
                continue;
            }
            EnrichedArticle article = ArticleJson.fromBytes(record.value(), EnrichedArticle.class);
            Long before = lastRevision.put(id, article.revision());
            String where = " (partition " + record.partition() + ", offset " + record.offset() + ")";
            if (before != null && article.revision() <= before) {
                revisionProblems.add(id + ": revision " + article.revision() + " after " + before + where);
            } else if (article.revision() != expected) {
                lostRevisions.add(id + ": revision " + article.revision() + " where " + expected + " was next" + where);
            }
            revisionsSpent.put(id, article.revision());
            latest.put(id, article);
        }
    }

    /** Reads until {@code ids} articles are out (latest record not a tombstone): a moment in the middle of the stream. */
    void awaitPublished(int ids, Duration timeout, Supplier<String> context) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (publishedIds() < ids) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + publishedIds() + " of the " + ids + " articles awaited were out on "
                        + config.enrichedTopic() + " within " + timeout + "\n" + context.get());
            }
            poll(Duration.ofMillis(100));
        }
        LOG.info("{} articles out", publishedIds());
    }

    /**
     * Waits until the application has processed everything sent so far and reads the output to its end. Idle
     * means lag 0 on the raw topic and on every repartition topic at once: under exactly-once an input offset is
     * committed in the transaction of the records it caused, so nothing is left in flight.
     */
    void awaitIdle(Duration timeout, Supplier<String> context) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties probe = KafkaClients.consumerSettings(config);
        probe.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        String lastLag = "not read";
        try (Admin admin = KafkaClients.admin(config)) {
            LagReader lag = new LagReader(admin, probe);
            while (System.nanoTime() < deadline) {
                try {
                    List<String> inputs = new ArrayList<>(List.of(config.rawTopic()));
                    admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                            .filter(topic -> topic.startsWith(config.applicationId() + "-") && topic.endsWith("-repartition"))
                            .sorted().forEach(inputs::add);
                    long total = lag.read(config.applicationId(), inputs).total();
                    lastLag = String.valueOf(total);
                    if (total == 0 && inputs.size() > 1 && RelatedNewsWait.stillIdleAfterIt(config, lag, inputs) && readToEnd(deadline)) {
                        LOG.info("idle: {} records read, {} articles out", records, publishedIds());
                        return;
                    }
                } catch (Exception e) {
                    // the broker may be on its way back; try again until the deadline
                    lastLag = "unreadable: " + e.getMessage();
                }
                poll(Duration.ofMillis(200));
            }
        }
        throw new AssertionError(config.applicationId() + " was not idle within " + timeout + " (last lag " + lastLag
                + ", " + publishedIds() + " articles out)\n" + context.get());
    }

    private boolean readToEnd(long deadline) {
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            if (partitions.stream().allMatch(tp -> consumer.position(tp, Duration.ofSeconds(10)) >= ends.get(tp))) {
                return true;
            }
            poll(Duration.ofMillis(100));
        }
        return false;
    }

    /**
     * The promise, on what was read: every article of the feed is out exactly as the offline path leaves it (but
     * for {@code revision} and {@code processed_at}), a withdrawn one as a tombstone; every revision of an id came
     * out once, in order, none skipped; previous/next links agree both ways within each publisher; and nothing
     * was dead-lettered.
     */
    void assertMatches(Map<String, EnrichedArticle> expected, Supplier<String> context) {
        List<String> problems = new ArrayList<>();
        section(problems, "repeated or non-increasing revisions", revisionProblems);
        section(problems, "revisions skipped (a revision the ledger counted never came out)", lostRevisions);
        section(problems, "dead letters", deadLetters);

        List<String> missing = new ArrayList<>();
        List<String> notWithdrawn = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        expected.forEach((id, want) -> {
            EnrichedArticle got = latest.get(id);
            if (want == null) {
                if (!latest.containsKey(id) || got != null) {
                    notWithdrawn.add(id + (latest.containsKey(id) ? " (still published, revision " + got.revision() + ")"
                            : " (never out)"));
                }
            } else if (got == null) {
                missing.add(id + (latest.containsKey(id) ? " (a tombstone)" : " (never out)"));
            } else if (!partitionFree(want).equals(partitionFree(got))) {
                differing.add(id + " differs in " + differingFields(want, got));
            }
        });
        List<String> unknown = latest.keySet().stream().filter(id -> !expected.containsKey(id)).toList();
        section(problems, "articles the feed leaves published but missing", missing);
        section(problems, "articles the feed withdraws but not ending as a tombstone", notWithdrawn);
        section(problems, "articles not as the offline path leaves them", differing);
        section(problems, "ids not in the feed", unknown);
        section(problems, "links that do not agree both ways", linkProblems());

        if (!problems.isEmpty()) {
            throw new AssertionError("the output of " + config.applicationId() + " (" + records + " records read, "
                    + FaultFeed.describe(expected) + " expected) breaks the promise:\n" + String.join("\n", problems)
                    + "\n" + context.get());
        }
        // the same, field by field, as a last guard (already implied above)
        expected.forEach((id, want) -> {
            if (want != null) {
                assertThat(latest.get(id)).as(id).usingRecursiveComparison().ignoringFields(ORDER_DEPENDENT).isEqualTo(want);
            }
        });
    }

    private static EnrichedArticle partitionFree(EnrichedArticle article) {
        return article.withRevision(0, null).withRelations(List.of(), List.of(), article.duplicateOf());
    }

    /**
     * A.next = B exactly when B.previous = A, both in the same publisher's feed, on the latest records; and every
     * related link names another article that is still published.
     */
    private List<String> linkProblems() {
        List<String> problems = new ArrayList<>();
        latest.forEach((id, article) -> {
            if (article == null) {
                return;
            }
            article.neighbors().related().forEach(related -> {
                if (related.id().equals(id) || latest.get(related.id()) == null) {
                    problems.add(id + " lists " + related.id() + " as related, which is "
                            + (related.id().equals(id) ? "itself" : "not published"));
                }
            });
            check(problems, article, article.neighbors().next(), "next", true);
            check(problems, article, article.neighbors().previous(), "previous", false);
        });
        return problems;
    }

    private void check(List<String> problems, EnrichedArticle article, Link link, String side, boolean forward) {
        if (link == null) {
            return;
        }
        EnrichedArticle other = latest.get(link.id());
        if (other == null) {
            problems.add(article.id() + "." + side + " = " + link.id() + ", which is "
                    + (latest.containsKey(link.id()) ? "withdrawn" : "not out"));
            return;
        }
        Link back = forward ? other.neighbors().previous() : other.neighbors().next();
        String backSide = forward ? "previous" : "next";
        if (!other.source().equals(article.source())) {
            problems.add(article.id() + " (" + article.source() + ")." + side + " = " + link.id() + " of " + other.source());
        } else if (back == null || !back.id().equals(article.id())) {
            problems.add(article.id() + "." + side + " = " + link.id() + " but " + link.id() + "." + backSide + " = "
                    + (back == null ? "null" : back.id()));
        }
    }

    private static String differingFields(EnrichedArticle want, EnrichedArticle got) {
        List<String> fields = new ArrayList<>();
        compare(fields, "source", want.source(), got.source());
        compare(fields, "title", want.title(), got.title());
        compare(fields, "published_at", want.publishedAt(), got.publishedAt());
        compare(fields, "url", want.url(), got.url());
        compare(fields, "text", want.text(), got.text());
        compare(fields, "summary", want.summary(), got.summary());
        compare(fields, "previous", linkId(want.neighbors().previous()), linkId(got.neighbors().previous()));
        compare(fields, "next", linkId(want.neighbors().next()), linkId(got.neighbors().next()));
        if (fields.isEmpty()) {
            fields.add("other fields (links' titles, urls or times, counts, hash)");
        }
        return String.join(", ", fields);
    }

    private static void compare(List<String> fields, String name, String want, String got) {
        if (!Objects.equals(want, got)) {
            fields.add(name + (name.equals("text") || name.equals("summary") ? "" : " (expected " + want + ", got " + got + ")"));
        }
    }

    private static String linkId(Link link) {
        return link == null ? null : link.id();
    }

    private static void section(List<String> problems, String title, List<String> items) {
        if (!items.isEmpty()) {
            problems.add(items.size() + " " + title + ", first: " + String.join("; ", items.subList(0, Math.min(SHOWN, items.size()))));
        }
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
