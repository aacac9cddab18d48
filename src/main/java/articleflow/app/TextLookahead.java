package articleflow.app;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
import articleflow.accept.Verdict;
import articleflow.summarize.Summary;
import articleflow.summarize.SummaryOptions;
import articleflow.topology.stages.ArticleKeys;
import articleflow.topology.stages.TextWork;
import articleflow.topology.stages.Verdicts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The offline run's other cores: the normalize and summarize stages' text work for the records about to be piped,
 * done ahead on worker threads while the topology, which is single-threaded, runs the records before them.
 *
 * <p>The topology still asks for each article's work as the article reaches the stage; it gets the result done
 * ahead when its input is the one the worker saw, and the work is done in place when it is not: a record the
 * worker could not read, or a summary of other paragraphs than the worker guessed. The summary is of the text
 * after learned furniture is stripped, which only the topology's state knows; the worker guesses that the lines
 * stripped from the source's last article go from this one too (a publisher's furniture is the same from one
 * article to the next). The work is a pure function of its input, so the enriched records are the same either
 * way, only sooner.
 */
public final class TextLookahead implements TextWork, AutoCloseable {

    /**
     * The result of one record's text work, done ahead; null fields when the record is not an article.
     * @param summarized the paragraphs {@code summary} is of: the clean text less the guessed learned furniture
     */
    private record Done(Seen seen, AcceptedArticle article, Normalized normalized, List<String> summarized,
                        Summary summary) {
    }

    /** The accept stage's verdict as the worker reached it: on these bytes, under this key, at this record time. */
    private record Seen(String key, byte[] value, Instant recordTime, Verdict verdict) {

        /** This verdict is the validator's for the arguments given, or null when that is not known. */
        Verdict verdictFor(String otherKey, byte[] otherValue, Instant otherTime) {
            if (verdict == null || !recordTime.equals(otherTime)
                    || (value != otherValue && !Arrays.equals(value, otherValue))) {
                return null;
            }
            if (Objects.equals(key, otherKey)) {
                return verdict;
            }
            // decided without a key, the article took its id from its value; decided again under that id as the key
            // (the record re-keyed by id), every rule reads the same id and fields, so the verdict is the same
            return key == null && verdict instanceof AcceptedArticle accepted && accepted.id().equals(otherKey)
                    ? verdict : null;
        }
    }

    private final TextWork inPlace;
    private final ArticleValidator validator;
    private final ThreadLocal<TextWork> workerText;
    private final ExecutorService workers;
    private final int window;
    /** Per source, the paragraphs learned furniture took from its last article, as the workers' guess. */
    private final Map<String, Set<String>> lastStripped = new ConcurrentHashMap<>();
    /** The work done ahead for the record being piped now, or null. */
    private Done current;

    /**
     * @param workers threads doing the work ahead; the window of records done ahead is a few per thread, so
     *                memory stays bounded however long the input
     */
    public TextLookahead(TextWork inPlace, ArticleValidator validator, SummaryOptions summaries, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.inPlace = Objects.requireNonNull(inPlace, "inPlace");
        this.validator = Objects.requireNonNull(validator, "validator");
        // each worker its own normalizer and summarizer: nothing of theirs is shared with the topology's thread
        this.workerText = ThreadLocal.withInitial(() -> TextWork.inPlace(summaries));
        this.workers = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "articleflow-text-ahead");
            thread.setDaemon(true);
            return thread;
        });
        this.window = 4 * workers;
    }

    /** How many records should be started ahead of the one being piped, to keep the workers busy. */
    public int window() {
        return window;
    }

    /** Starts the text work of a record that will be piped later; hand the result to {@link #piping} then. */
    public Future<?> ahead(byte[] key, byte[] value, Instant timestamp) {
        return workers.submit(() -> prepare(key, value, timestamp));
    }

    /**
     * The record about to be piped: the work {@link #ahead} started for it, or null for a record piped without it,
     * whose work is then done in place.
     */
    public void piping(Future<?> ahead) {
        current = null;
        if (ahead == null) {
            return;
        }
        try {
            current = (Done) ahead.get();
        } catch (ExecutionException e) {
            current = null; // done again in place, where a failure takes the topology's own path
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for text work", e);
        }
    }

    @Override
    public void load() {
        inPlace.load();
    }

    @Override
    public Normalized normalize(AcceptedArticle article) {
        Done done = current;
        if (done != null && done.normalized() != null && sameText(done.article(), article)) {
            return done.normalized();
        }
        return inPlace.normalize(article);
    }

    @Override
    public Summary summarize(String language, List<String> paragraphs) {
        Done done = current;
        if (done == null || done.summary() == null) {
            return inPlace.summarize(language, paragraphs);
        }
        rememberStripped(done, paragraphs);
        if (done.normalized().language().language().equals(language) && done.summarized().equals(paragraphs)) {
            return done.summary();
        }
        return inPlace.summarize(language, paragraphs);
    }

    /** The verdict the worker reached for the record being piped, where it is the one asked for; else the validator's. */
    @Override
    public Verdicts verdicts(ArticleValidator inPlace) {
        return (key, value, recordTime) -> {
            Done done = current;
            Verdict ahead = done == null || done.seen() == null ? null : done.seen().verdictFor(key, value, recordTime);
            return ahead != null ? ahead : inPlace.decide(key, value, recordTime);
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private Done prepare(byte[] key, byte[] value, Instant timestamp) {
        String id = key == null ? null : ArticleKeys.decode(key);
        if (key != null && id == null) {
            return new Done(null, null, null, null, null);
        }
        // the topology sees the record's time in milliseconds
        Instant recordTime = Instant.ofEpochMilli(timestamp.toEpochMilli());
        Verdict verdict = validator.decide(id, value, recordTime);
        Seen seen = new Seen(id, value, recordTime, verdict);
        if (!(verdict instanceof AcceptedArticle article)) {
            return new Done(seen, null, null, null, null);
        }
        TextWork text = workerText.get();
        Normalized normalized = text.normalize(article);
        if (normalized.language() == null) {
            return new Done(seen, article, normalized, null, null);
        }
        List<String> summarized = withoutGuessedFurniture(article.source(), normalized.text().paragraphs());
        return new Done(seen, article, normalized, summarized, text.summarize(normalized.language().language(), summarized));
    }

    private List<String> withoutGuessedFurniture(String source, List<String> paragraphs) {
        Set<String> furniture = lastStripped.getOrDefault(source, Set.of());
        if (furniture.isEmpty()) {
            return paragraphs;
        }
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            if (!furniture.contains(paragraph)) {
                kept.add(paragraph);
            }
        }
        return kept.isEmpty() ? paragraphs : kept;
    }

    /** What the topology stripped from the clean text, for the workers' next guess at this source. */
    private void rememberStripped(Done done, List<String> summarizedByTopology) {
        List<String> clean = done.normalized().text().paragraphs();
        if (clean.size() == summarizedByTopology.size()) {
            lastStripped.remove(done.article().source());
            return;
        }
        Set<String> stripped = new HashSet<>(clean);
        // one by one: removeAll of a list as long as the set asks the list about every element of the set
        for (String kept : summarizedByTopology) {
            stripped.remove(kept);
        }
        lastStripped.put(done.article().source(), Set.copyOf(stripped));
    }

    /** The inputs of the text work: what normalize reads of an accepted article. */
    private static boolean sameText(AcceptedArticle a, AcceptedArticle b) {
        return a != null
                && Objects.equals(a.body(), b.body())
                && Objects.equals(a.meta().title(), b.meta().title())
                && Objects.equals(a.meta().language(), b.meta().language())
                && a.contentType() == b.contentType();
    }
}
