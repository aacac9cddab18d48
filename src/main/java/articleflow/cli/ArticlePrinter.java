package articleflow.cli;

import articleflow.events.LogSafe;
import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Prints enriched records and dead letters for people: what changed, and why a record was refused; {@code tail --json}
 * prints them as stored. Every text from a record is escaped ({@link ReadableText}): one record, its own lines only.
 */
final class ArticlePrinter {

    private final PrintStream out;

    ArticlePrinter(PrintStream out) {
        this.out = out;
    }

    void enriched(ConsumerRecord<byte[], byte[]> record) {
        String id = safe(text(record.key()));
        if (record.value() == null) {
            out.println("withdrawn  " + id);
            return;
        }
        EnrichedArticle article = readable(record.value());
        if (article == null) {
            // someone else's record on the topic: say where it is and go on, as a consumer should
            out.printf("unreadable %s-%d@%d, key %s: not an enriched article (%d bytes)%n", record.topic(),
                    record.partition(), record.offset(), id, record.value().length);
            return;
        }
        out.printf("rev %-3d %s · %s · %s%n", article.revision(), safe(article.id()), safe(article.source()),
                safe(article.publishedAt()));
        out.printf("        %s%n", article.title() == null ? "(no title)" : safe(article.title()));
        out.printf("        summary: %s%n", safe(article.summary()));
        out.printf("        previous: %s%n", describe(article.neighbors().previous()));
        out.printf("        next:     %s%n", describe(article.neighbors().next()));
        printRelations(article);
    }

    /** The enriched article in {@code value}, or null when it is not JSON or lacks what every revision has. */
    private static EnrichedArticle readable(byte[] value) {
        try {
            EnrichedArticle article = ArticleJson.fromBytes(value, EnrichedArticle.class);
            return article == null || article.id() == null || article.neighbors() == null
                    || article.keywords() == null ? null : article;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private void printRelations(EnrichedArticle article) {
        if (!article.keywords().isEmpty()) {
            out.printf("        keywords: %s%n", safe(String.join(", ", article.keywords())));
        }
        for (articleflow.model.RelatedLink related : article.neighbors().related()) {
            out.printf("        related:  %s (%s, %s, score %.2f)%n", safe(related.title()), safe(related.id()),
                    safe(related.source()), related.score());
        }
        if (article.duplicateOf() != null) {
            out.printf("        duplicate of: %s%n", safe(article.duplicateOf()));
        }
    }

    void deadLetter(ConsumerRecord<byte[], byte[]> record) {
        // the key and the message quote the refused record: quoted and cut, as the job's logs show them
        out.printf("dead letter  %s at %s (%s-%s@%s, key %s): %s%n",
                safe(header(record, "articleflow.error.reason")), safe(header(record, "articleflow.error.stage")),
                safe(header(record, "__streams.errors.topic")), safe(header(record, "__streams.errors.partition")),
                safe(header(record, "__streams.errors.offset")), record.key() == null ? "none" : LogSafe.quote(text(record.key())),
                LogSafe.quote(header(record, "__streams.errors.message")));
    }

    private static String describe(Link link) {
        return link == null ? "—" : safe(link.title()) + " (" + safe(link.id()) + ")";
    }

    private static String safe(String text) {
        return ReadableText.escaped(text);
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? "" : text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
