package articleflow.cli;

import articleflow.model.ArticleJson;
import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Prints enriched records and dead letters for people: what changed, and why a record was refused; {@code tail --json} prints them as stored. */
final class ArticlePrinter {

    private final PrintStream out;

    ArticlePrinter(PrintStream out) {
        this.out = out;
    }

    void enriched(ConsumerRecord<byte[], byte[]> record) {
        String id = text(record.key());
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
        out.printf("rev %-3d %s · %s · %s%n", article.revision(), article.id(), article.source(), article.publishedAt());
        out.printf("        %s%n", article.title() == null ? "(no title)" : article.title());
        out.printf("        summary: %s%n", article.summary());
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
            out.printf("        keywords: %s%n", String.join(", ", article.keywords()));
        }
        for (articleflow.model.RelatedLink related : article.neighbors().related()) {
            out.printf("        related:  %s (%s, %s, score %.2f)%n", related.title(), related.id(), related.source(),
                    related.score());
        }
        if (article.duplicateOf() != null) {
            out.printf("        duplicate of: %s%n", article.duplicateOf());
        }
    }

    void deadLetter(ConsumerRecord<byte[], byte[]> record) {
        out.printf("dead letter  %s at %s (%s-%s@%s, key %s): %s%n",
                header(record, "articleflow.error.reason"), header(record, "articleflow.error.stage"),
                header(record, "__streams.errors.topic"), header(record, "__streams.errors.partition"),
                header(record, "__streams.errors.offset"), record.key() == null ? "none" : text(record.key()),
                header(record, "__streams.errors.message"));
    }

    private static String describe(Link link) {
        return link == null ? "—" : link.title() + " (" + link.id() + ")";
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? "" : text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
