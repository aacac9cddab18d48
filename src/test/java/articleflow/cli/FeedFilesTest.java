package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.accept.ArticleValidator;
import articleflow.accept.Rejection;
import articleflow.model.ArticleJson;
import articleflow.model.RawArticle;
import articleflow.model.RejectReason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code produce} sends for a folder of saved pages and feeds. */
class FeedFilesTest {

    @TempDir
    Path folder;

    @Test
    void shouldDecodeEachSavedPageWithTheCharsetItDeclares() throws Exception {
        String french = "<html><head><meta charset=\"windows-1252\"><title>Café</title></head>"
                + "<body><h1>Café crème</h1><p>« Déjà vu » – l’été à Montréal coûte 5 €.</p></body></html>";
        String polish = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">"
                + "</head><body><h1>Żółć</h1><p>Łódź i Gdańsk: zażółć gęślą jaźń.</p></body></html>";
        Files.write(folder.resolve("cafe.html"), french.getBytes(Charset.forName("windows-1252")));
        Files.write(folder.resolve("lodz.htm"), polish.getBytes(Charset.forName("ISO-8859-2")));

        List<RawArticle> articles = articles(FeedFiles.read(folder, "example-news"));

        assertThat(articles).extracting(RawArticle::id).containsExactly("cafe", "lodz");
        assertThat(articles.get(0).body()).isEqualTo(french);
        assertThat(articles.get(1).body()).isEqualTo(polish);
        assertThat(articles).allSatisfy(article -> assertThat(article.contentType()).startsWith("text/html"));
    }

    @Test
    void shouldReadAPageWithoutADeclarationAsUtf8AndMarkWhatItCannotRead() throws Exception {
        byte[] page = "<p>naïve</p>".getBytes(StandardCharsets.UTF_8);
        byte[] broken = {'<', 'p', '>', 'a', (byte) 0xFF, 'b', '<', '/', 'p', '>'};
        Files.write(folder.resolve("a.html"), page);
        Files.write(folder.resolve("b.html"), broken);

        List<RawArticle> articles = articles(FeedFiles.read(folder, "example-news"));

        assertThat(articles.get(0).body()).isEqualTo("<p>naïve</p>");
        assertThat(articles.get(1).body()).isEqualTo("<p>a\uFFFDb</p>");
    }

    @Test
    void shouldReadTextFilesAsUtf8() throws Exception {
        Files.writeString(folder.resolve("note.txt"), "Grüße aus Köln\n\nEin Absatz.", StandardCharsets.UTF_8);

        RawArticle article = articles(FeedFiles.read(folder, "example-news")).get(0);

        assertThat(article.title()).isEqualTo("Grüße aus Köln");
        assertThat(article.body()).isEqualTo("Grüße aus Köln\n\nEin Absatz.");
    }

    @Test
    void shouldSendAFoldersFeedsAsJsonLinesAndItsPagesAsPages() throws Exception {
        Files.writeString(folder.resolve("a.jsonl"), "{\"id\":\"a-1\",\"source\":\"wire\",\"body\":\"One.\"}\n");
        Files.writeString(folder.resolve("b.ndjson"), "{\"id\":\"b-1\",\"source\":\"wire\",\"body\":\"Two.\"}\n");
        Files.writeString(folder.resolve("c.txt"), "Ferry timetable\n\nThe ferry sailed.");
        Files.writeString(folder.resolve("notes.md"), "not read");

        List<RawArticle> articles = articles(FeedFiles.read(folder, "valley-times"));

        assertThat(articles).extracting(RawArticle::id).containsExactly("a-1", "b-1", "c");
        assertThat(articles).extracting(RawArticle::source).containsExactly("wire", "wire", "valley-times");
        assertThat(FeedFiles.hasPages(folder)).isTrue();
    }

    @Test
    void shouldReadAFolderOfFeedsWithoutASource() throws Exception {
        Files.writeString(folder.resolve("monday.jsonl"), "{\"id\":\"m-1\",\"source\":\"wire\",\"body\":\"One.\"}\n{}\n");
        Files.writeString(folder.resolve("tuesday.json"), "{\"id\":\"t-1\",\"source\":\"wire\",\"body\":\"Two.\"}\n");

        FeedFiles.Feed feed = FeedFiles.read(folder, null);

        assertThat(FeedFiles.hasPages(folder)).isFalse();
        assertThat(feed.records()).extracting(FeedFiles.FeedRecord::origin).startsWith("monday.jsonl:1")
                .endsWith("tuesday.json:1");
    }

    @Test
    void shouldSendALineWithoutAnIdKeyedByItsPlaceForTheJobToDeadLetter() {
        FeedFiles.Feed feed = FeedFiles.keyedLines(List.of(utf8("{}"), utf8("{\"source\":\"wire\",\"title\":\"No body\"}")),
                "feed.jsonl");

        assertThat(feed.refused()).isEmpty();
        assertThat(feed.records()).extracting(record -> new String(record.record().key(), StandardCharsets.UTF_8))
                .containsExactly("feed.jsonl:1", "feed.jsonl:2");
        assertThat(feed.keyedByPlace()).containsExactly("\"feed.jsonl:1\" has no readable id; sent with key \"feed.jsonl:1\"",
                "\"feed.jsonl:2\" has no readable id; sent with key \"feed.jsonl:2\"");
        // what the job does with them under those keys
        ArticleValidator validator = new ArticleValidator(1024 * 1024);
        assertThat(feed.records()).allSatisfy(record -> assertThat(validator.decide(
                new String(record.record().key(), StandardCharsets.UTF_8), record.record().value(), Instant.EPOCH))
                .isInstanceOfSatisfying(Rejection.class, rejected -> assertThat(rejected.reason())
                        .isEqualTo(RejectReason.MISSING_FIELD)));
    }

    @Test
    void shouldNotSendALineTheJobWouldPublishUnderTheKeyOfItsPlace() {
        FeedFiles.Feed feed = FeedFiles.keyedLines(List.of(utf8("{\"source\":\"wire\",\"body\":\"The ferry sailed.\"}")),
                "feed.jsonl");

        assertThat(feed.records()).isEmpty();
        assertThat(feed.refused()).containsExactly("feed.jsonl:1: required field id or url is missing; not sent");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<RawArticle> articles(FeedFiles.Feed feed) throws Exception {
        List<RawArticle> articles = new java.util.ArrayList<>();
        for (FeedFiles.FeedRecord record : feed.records()) {
            articles.add(ArticleJson.readRawArticle(record.record().value()));
        }
        return articles;
    }
}
