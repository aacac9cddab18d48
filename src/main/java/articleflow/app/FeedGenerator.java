package articleflow.app;

import articleflow.model.ArticleJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A feed of varied raw articles from a seed, for benchmarks and for tests that need many articles living a
 * publisher's life: plain text and HTML pages with furniture, several sources, publish times in order or out of
 * it, corrections (some moving the article in time or to another publisher, some stale), withdrawals and
 * republications. The same options and seed always give the same records, in the same order.
 */
public final class FeedGenerator {

    /**
     * @param articles        distinct article ids
     * @param sources         publishers they are spread over
     * @param bodyBytes       about how long each body is
     * @param htmlShare       share of articles sent as HTML pages
     * @param corrections     share of articles corrected once (new title and text)
     * @param moves           share of corrections that also move the article in time or to another publisher
     * @param staleShare      share of articles that also get a correction older than their latest version
     * @param withdrawals     share of articles withdrawn (a tombstone)
     * @param republications share of withdrawn articles published again afterwards
     * @param shuffled        share of records sent out of publication order
     */
    public record Options(int articles, int sources, int bodyBytes, double htmlShare, double corrections, double moves,
                          double staleShare, double withdrawals, double republications, double shuffled, long seed) {

        public static Options plain(int articles, int sources, int bodyBytes, long seed) {
            return new Options(articles, sources, bodyBytes, 0.2, 0, 0, 0, 0, 0, 0.3, seed);
        }

        public static Options eventful(int articles, int sources, int bodyBytes, long seed) {
            return new Options(articles, sources, bodyBytes, 0.2, 0.3, 0.5, 0.1, 0.1, 0.5, 0.5, seed);
        }
    }

    /** One record for the raw topic: keyed by the article id; a null value is a withdrawal. */
    public record Record(String id, byte[] value) {
        public byte[] key() {
            return id.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Articles per story on average. */
    private static final int STORY_SIZE = 3;
    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
            "st", "tr", "kl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};
    private static final Instant FIRST_DAY = Instant.parse("2024-01-01T00:00:00Z");
    private static final String[] SUBJECTS = {"The council", "The harbour authority", "Local farmers", "The museum",
            "A regional bank", "The football club", "Hospital staff", "The water company", "Teachers", "The mayor",
            "A group of residents", "The rail operator", "Scientists at the university", "The fire brigade"};
    private static final String[] VERBS = {"approved", "rejected", "announced", "delayed", "questioned", "welcomed",
            "reviewed", "expanded", "cut", "opened", "closed", "criticised", "funded", "planned"};
    private static final String[] OBJECTS = {"a new budget", "the bridge repairs", "a solar farm", "the summer timetable",
            "a housing plan", "the flood defences", "a library extension", "the ferry service", "a cycling lane",
            "the market square", "a wind project", "the night buses", "a school merger", "the coastal path"};
    private static final String[] TAILS = {"on Tuesday", "after a long debate", "despite objections", "for the coming year",
            "in a surprise move", "following a public consultation", "at a cost of 4.5 million", "within weeks",
            "to the relief of many", "after months of delay"};

    private FeedGenerator() {
    }

    public static List<Record> generate(Options options) {
        Random random = new Random(options.seed());
        List<Timed> events = new ArrayList<>();
        for (int i = 0; i < options.articles(); i++) {
            String id = "gen-" + i;
            String source = "source-" + random.nextInt(Math.max(1, options.sources()));
            // publish times spread over days, sent roughly in that order
            Instant published = FIRST_DAY.plus(Duration.ofMinutes(17L * i + random.nextInt(10)));
            long sendAt = published.toEpochMilli();
            if (random.nextDouble() < options.shuffled()) {
                sendAt += (long) ((random.nextDouble() - 0.5) * Duration.ofDays(2).toMillis());
            }
            boolean html = random.nextDouble() < options.htmlShare();
            // a few articles share a story (as outlets cover one event), most stories are covered once or twice
            int topic = random.nextInt(Math.max(1, options.articles() / STORY_SIZE));
            Instant updated = published.plus(Duration.ofMinutes(5));
            events.add(new Timed(sendAt, 0, article(id, source, published, updated, topic, 0, html, options, random)));
            int step = 1;
            if (random.nextDouble() < options.corrections()) {
                String correctedSource = source;
                Instant correctedTime = published;
                if (random.nextDouble() < options.moves()) {
                    if (random.nextBoolean()) {
                        correctedSource = "source-" + random.nextInt(Math.max(1, options.sources()));
                    } else {
                        correctedTime = published.plus(Duration.ofHours(random.nextInt(48) - 24));
                    }
                }
                Instant correctedAt = updated.plus(Duration.ofHours(1));
                long correctionSent = sendAt + Duration.ofMinutes(30 + random.nextInt(600)).toMillis();
                events.add(new Timed(correctionSent, step++, article(id, correctedSource, correctedTime, correctedAt,
                        topic, 1, html, options, random)));
                if (random.nextDouble() < options.staleShare()) {
                    // sent after the correction, but older than it: must be skipped
                    events.add(new Timed(correctionSent + 1000, step++, article(id, source, published,
                            updated.plus(Duration.ofMinutes(30)), topic, 2, html, options, random)));
                }
            }
            if (random.nextDouble() < options.withdrawals()) {
                long withdrawnAt = sendAt + Duration.ofHours(12 + random.nextInt(24)).toMillis();
                events.add(new Timed(withdrawnAt, step++, new Record(id, null)));
                if (random.nextDouble() < options.republications()) {
                    events.add(new Timed(withdrawnAt + Duration.ofHours(2).toMillis(), step,
                            article(id, source, published, updated.plus(Duration.ofDays(1)), topic, 3, html, options,
                                    random)));
                }
            }
        }
        // by send time; one article's records always keep their own order
        events.sort(Comparator.comparingLong(Timed::sendAt).thenComparing(t -> t.record.id()).thenComparingInt(Timed::step));
        List<Record> records = new ArrayList<>(events.size());
        List<Timed> ordered = keepEachArticlesOrder(events);
        ordered.forEach(timed -> records.add(timed.record));
        return records;
    }

    /** A record and when the publisher sends it; {@code step} is its place among the same article's records. */
    private record Timed(long sendAt, int step, Record record) {
    }

    /** Shuffling can put a correction before its original: put each article's records back in their own order. */
    private static List<Timed> keepEachArticlesOrder(List<Timed> byTime) {
        java.util.Map<String, java.util.PriorityQueue<Timed>> perArticle = new java.util.HashMap<>();
        for (Timed timed : byTime) {
            perArticle.computeIfAbsent(timed.record.id(), id -> new java.util.PriorityQueue<>(
                    Comparator.comparingInt(Timed::step))).add(timed);
        }
        List<Timed> result = new ArrayList<>(byTime.size());
        for (Timed slot : byTime) {
            result.add(perArticle.get(slot.record.id()).poll());
        }
        return result;
    }

    private static Record article(String id, String source, Instant published, Instant updated, int topic, int version,
                                  boolean html, Options options, Random random) {
        ObjectNode node = ArticleJson.mapper().createObjectNode();
        node.put("id", id);
        node.put("source", source);
        node.put("url", "https://" + source + ".example/news/" + id);
        String title = sentence(new Random(topic * 31L + version + id.hashCode()), topic, false);
        node.put("title", title);
        String body = body(id, topic, version, source, options.bodyBytes(), html);
        node.put("body", body);
        node.put("content_type", html ? "text/html" : "text/plain");
        node.put("published_at", published.toString());
        node.put("updated_at", updated.toString());
        node.put("language", "en");
        node.putArray("authors").add("Reporter " + (topic % 40));
        return new Record(id, ArticleJson.toBytes(node));
    }

    /** Paragraphs of sentences about the article's topic, with the publisher's furniture around them. */
    private static String body(String id, int topic, int version, String source, int bytes, boolean html) {
        Random words = new Random(topic * 7919L + version + 31L * id.hashCode());
        List<String> paragraphs = new ArrayList<>();
        int size = 0;
        while (size < bytes) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 2 + words.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                paragraph.append(s == 0 ? "" : " ").append(sentence(words, topic, true));
            }
            paragraphs.add(paragraph.toString());
            size += paragraph.length() + 2;
        }
        String signOff = "Follow " + source + " for more local news.";
        if (!html) {
            return "Listen to this story\n\n" + String.join("\n\n", paragraphs) + "\n\n" + signOff;
        }
        StringBuilder page = new StringBuilder("<!doctype html><html><head><title>")
                .append(source).append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a>"
                        + " <a href=\"/sport\">Sport</a></nav><article>");
        for (String paragraph : paragraphs) {
            page.append("<p>").append(paragraph).append("</p>");
        }
        return page.append("<p>").append(signOff).append("</p></article><footer>&copy; ").append(source)
                .append(" &middot; <a href=\"/privacy\">Privacy</a></footer></body></html>").toString();
    }

    /** Sentences of stock news phrases with the story's own names in them (a person, a place, a thing). */
    private static String sentence(Random random, int topic, boolean withTail) {
        String[] names = storyNames(topic);
        String subject = random.nextInt(3) == 0 ? names[0] : SUBJECTS[random.nextInt(SUBJECTS.length)];
        String object = random.nextInt(3) == 0 ? "the " + names[2] + " " + names[3]
                : OBJECTS[random.nextInt(OBJECTS.length)];
        String text = subject + " " + VERBS[random.nextInt(VERBS.length)] + " " + object + " in " + names[1];
        return withTail ? text + " " + TAILS[random.nextInt(TAILS.length)] + "." : capitalizeWords(text);
    }

    /**
     * Four made-up words of one story (a person, a place, two words for what it is about): what makes articles of
     * one story related to each other and not to the rest, as names and places do in real news.
     */
    private static String[] storyNames(int topic) {
        Random names = new Random(topic * 104_729L + 17);
        String[] words = new String[4];
        for (int i = 0; i < words.length; i++) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + names.nextInt(2);
            for (int k = 0; k < syllables; k++) {
                word.append(ONSETS[names.nextInt(ONSETS.length)]).append(VOWELS[names.nextInt(VOWELS.length)]);
            }
            words[i] = i < 2 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word.toString();
        }
        words[0] = "Mayor " + words[0];
        return words;
    }

    private static String capitalizeWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }
}
