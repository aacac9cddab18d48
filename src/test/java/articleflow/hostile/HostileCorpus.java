package articleflow.hostile;

import articleflow.model.ArticleJson;
import articleflow.model.RawArticle;
import articleflow.model.RawArticleException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The hostile input corpus: records we wrote to break a pipeline (malformed, adversarial, oversized, slow to
 * process), each with what articleflow must do with it. The manifest ({@code hostile/manifest.json}) lists them
 * with their expected outcome and reason; records too large to keep in a file are made here by name.
 */
public final class HostileCorpus {

    /** The default body limit, which the generated sizes are relative to. */
    static final int BODY_LIMIT = 2 * 1024 * 1024;
    private static final String SOURCE = "hostile-news";
    private static final String SENTENCE = "The council met on Tuesday to approve a new budget for roads and schools. ";

    /** What must become of a record: enriched, or dead-lettered with a reason; {@code produce} may refuse to send it. */
    public record Expectation(String outcome, String reason) {
        public boolean enriched() {
            return outcome.equals("enriched");
        }
    }

    /**
     * One record of the corpus.
     *
     * @param withoutKey what must happen when the record is sent without a key (by {@code enrich} or {@code produce},
     *                   which take the id from the value)
     * @param refusedByProduce {@code produce} must not send it and say why (too large for a request, no id)
     */
    public record Entry(String name, byte[] key, byte[] value, Expectation expected, Expectation withoutKey,
                        boolean refusedByProduce, JsonNode checks) {

        /** The id the record's article ends under when sent with its key. */
        public String keyText() {
            return key == null ? null : new String(key, StandardCharsets.UTF_8);
        }

        /** The id in the value ({@code id}, else {@code url}) when it can be read: what a tool without the key uses. */
        public String valueId() {
            try {
                RawArticle article = ArticleJson.readRawArticle(value);
                return article.id() != null && !article.id().isBlank() ? article.id() : article.url();
            } catch (RawArticleException unreadable) {
                return null;
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<String, Function<Integer, byte[][]>> GENERATORS = Map.ofEntries(
            Map.entry("deeplyNestedJson", limit -> keyed("h-deep", article("h-deep").toString()
                    .replaceFirst("\\}$", ",\"extra\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))),
            Map.entry("hugeNumberField", limit -> keyed("h-hugenum", article("h-hugenum").toString()
                    .replaceFirst("\\}$", ",\"views\":" + "9".repeat(5000) + "}"))),
            Map.entry("keyNotUtf8", limit -> new byte[][] {{(byte) 0xC3, (byte) 0x28},
                    utf8(article(null).without("url").toString())}),
            Map.entry("nestedElements", limit -> keyed("h-nested-html", html("h-nested-html",
                    "<div>".repeat(100_000) + "<p>" + SENTENCE.repeat(3) + "</p>" + "</div>".repeat(100_000)))),
            Map.entry("longTimestamp", limit -> keyed("h-longtime", article("h-longtime")
                    .put("published_at", "2".repeat(200_000)).toString())),
            Map.entry("bodyJustOverLimit", limit -> keyed("h-over", article("h-over").put("body", sentences(limit + 1)).toString())),
            Map.entry("bodyJustUnderLimit", limit -> keyed("h-under", article("h-under").put("body", sentences(limit)).toString())),
            Map.entry("bodyGrowingUnderNfc", limit -> keyed("h-nfc", article("h-nfc")
                    .put("body", "\uFB2C".repeat(limit / 3 - 10)).toString())),
            Map.entry("fiveMegabytesWithoutSpaces", limit -> keyed("h-5mb", article("h-5mb")
                    .put("body", "x".repeat(5_000_000)).toString())),
            Map.entry("megabyteWord", limit -> keyed("h-1mb-word", article("h-1mb-word")
                    .put("body", SENTENCE + "y".repeat(1_000_000)).toString())),
            Map.entry("tenMegabyteRecord", limit -> keyed("h-10mb", article("h-10mb")
                    .put("body", sentences(10 * 1024 * 1024)).toString())),
            Map.entry("manyDots", limit -> keyed("h-dots", article("h-dots")
                    .put("body", SENTENCE + "Wait" + ".".repeat(200_000) + " then " + "a. ".repeat(100_000)).toString())),
            Map.entry("manyAngleBrackets", limit -> keyed("h-angles", article("h-angles")
                    .put("body", SENTENCE + "<a".repeat(100_000) + " " + ("<" + "b".repeat(999)).repeat(200)).toString())),
            Map.entry("manyAmpersands", limit -> keyed("h-amps", html("h-amps",
                    "<p>" + SENTENCE + "&amp;amp;".repeat(50_000) + "&".repeat(100_000) + "&#".repeat(50_000) + "</p>"))),
            Map.entry("endlessSentence", limit -> keyed("h-endless", article("h-endless")
                    .put("body", "word ".repeat(300_000)).toString())));

    private HostileCorpus() {
    }

    public static List<Entry> load() {
        JsonNode manifest;
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/manifest.json")) {
            manifest = ArticleJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode item : manifest) {
            String name = item.get("name").textValue();
            byte[] key;
            byte[] value;
            if (item.hasNonNull("generator")) {
                Function<Integer, byte[][]> generator = GENERATORS.get(item.get("generator").textValue());
                if (generator == null) {
                    throw new IllegalStateException("no generator " + item.get("generator") + " for " + name);
                }
                byte[][] record = generator.apply(BODY_LIMIT);
                key = record[0];
                value = record[1];
            } else {
                key = item.hasNonNull("key") ? utf8(item.get("key").textValue()) : null;
                value = item.hasNonNull("value_base64") ? Base64.getDecoder().decode(item.get("value_base64").textValue())
                        : utf8(item.get("value").textValue());
            }
            Expectation expected = expectation(item);
            Expectation withoutKey = item.has("without_key") ? expectation(item.get("without_key")) : expected;
            entries.add(new Entry(name, key, value, expected, withoutKey,
                    "refused".equals(item.path("produce").asText(null)), item.path("checks")));
        }
        return entries;
    }

    private static Expectation expectation(JsonNode node) {
        return new Expectation(node.get("expect").textValue(), node.path("reason").asText(null));
    }

    private static ObjectNode article(String id) {
        ObjectNode node = ArticleJson.mapper().createObjectNode();
        if (id != null) {
            node.put("id", id);
            node.put("url", "https://hostile-news.example/" + id);
        }
        node.put("source", SOURCE);
        node.put("title", "Title of " + id);
        node.put("body", SENTENCE + "The mayor agreed.");
        node.put("content_type", "text/plain");
        node.put("published_at", "2024-05-01T08:00:00Z");
        return node;
    }

    private static String html(String id, String body) {
        return article(id).put("content_type", "text/html").put("body", body).toString();
    }

    /** ASCII sentences, exactly {@code bytes} long. */
    private static String sentences(int bytes) {
        return SENTENCE.repeat(bytes / SENTENCE.length() + 1).substring(0, bytes);
    }

    private static byte[][] keyed(String key, String value) {
        return new byte[][] {utf8(key), utf8(value)};
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
