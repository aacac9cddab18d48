package articleflow.accept;

import static articleflow.testing.JavaLiterals.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import articleflow.model.ArticleJson;
import articleflow.model.ArticleMeta;
import articleflow.model.RawArticle;
import articleflow.model.RawArticleException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing accept: whatever bytes arrive on {@code articles.raw}, under whatever key, {@link ArticleValidator#decide}
 * answers with a verdict and never throws; every rejection names its reason, and every accepted article is
 * within {@link FieldLimits}.
 *
 * <p>These are jqwik properties. The normal suite tries each {@code fuzz.tries} times (a Maven property, 200);
 * the long run is {@code mvn -B -Pfuzz test} (only the {@code *FuzzTest} properties, 20,000 tries each; change it
 * with {@code -Dfuzz.tries=N}). A failure prints its seed and its shrunk sample: pin it as a named plain JUnit
 * test in {@link ArticleValidatorFuzzFindingsTest}.
 */
class ArticleValidatorFuzzTest {

    private static final Instant RECORD_TIME = Instant.parse("2024-05-01T12:00:00Z");

    /** A raw record as the validator sees it; shown as text when jqwik reports a sample. */
    record RawRecord(String key, byte[] value, int maxBodyBytes) {
        @Override
        public String toString() {
            return "key=" + (key == null ? "null" : '"' + visible(key) + '"')
                    + " maxBodyBytes=" + maxBodyBytes
                    + " value=" + (value == null ? "null" : shown(value) + " (" + value.length + " bytes)");
        }

        /** Valid UTF-8 as text, anything else as hex. */
        private static String shown(byte[] value) {
            try {
                return '"' + visible(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(value)).toString()) + '"';
            } catch (java.nio.charset.CharacterCodingException notUtf8) {
                return "hex " + java.util.HexFormat.of().formatHex(value);
            }
        }
    }

    @Property
    void shouldAnswerEveryRecordWithAVerdictAndEveryRejectionWithAReason(@ForAll("records") RawRecord record) {
        Verdict verdict = decide(record);

        assertThat(verdict).isNotNull();
        Statistics.label("verdict").collect(kind(verdict));
        if (verdict instanceof Rejection rejection) {
            assertThat(rejection.reason()).isNotNull();
            assertThat(rejection.message()).isNotBlank();
        } else if (verdict instanceof Withdrawal withdrawal) {
            assertThat(record.value()).isNull();
            assertThat(withdrawal.id()).isEqualTo(record.key()).isNotBlank();
        } else {
            assertThat(record.value()).isNotNull();
        }
    }

    @Property
    void shouldKeepEveryAcceptedArticleWithinTheFieldLimits(@ForAll("articleRecords") RawRecord record) {
        Verdict verdict = decide(record);

        Statistics.label("verdict").collect(kind(verdict));
        Statistics.label("verdict").coverage(coverage -> coverage.check("accepted").percentage(p -> p >= 3));
        if (!(verdict instanceof AcceptedArticle article)) {
            return;
        }
        ArticleMeta meta = article.meta();
        assertThat(meta.id()).isNotBlank();
        assertThat(utf8Bytes(meta.id())).isLessThanOrEqualTo(FieldLimits.ID_BYTES);
        assertThat(utf8Bytes(meta.url())).isLessThanOrEqualTo(FieldLimits.URL_BYTES);
        assertThat(meta.source()).isNotBlank();
        assertThat(utf8Bytes(meta.source())).isLessThanOrEqualTo(FieldLimits.SOURCE_BYTES);
        if (meta.title() != null) {
            assertThat(meta.title().length()).isLessThanOrEqualTo(FieldLimits.TITLE_CHARS);
        }
        assertThat(utf8Bytes(meta.section())).isLessThanOrEqualTo(FieldLimits.SHORT_TEXT_BYTES);
        assertThat(utf8Bytes(meta.language())).isLessThanOrEqualTo(FieldLimits.SHORT_TEXT_BYTES);
        assertThat(meta.publishedAt()).hasSizeLessThanOrEqualTo(FieldLimits.TIME_CHARS);
        assertThat(Instant.parse(meta.publishedAt()).toEpochMilli()).isEqualTo(meta.publishedAtMillis());
        if (meta.updatedAt() != null) {
            assertThat(meta.updatedAt()).hasSizeLessThanOrEqualTo(FieldLimits.TIME_CHARS);
            assertThat(Instant.parse(meta.updatedAt()).toEpochMilli()).isEqualTo(meta.updatedAtMillis());
        }
        for (List<String> entries : List.of(meta.authors(), meta.tags())) {
            assertThat(entries).hasSizeLessThanOrEqualTo(FieldLimits.LIST_ENTRIES);
            entries.forEach(entry -> assertThat(utf8Bytes(entry)).isLessThanOrEqualTo(FieldLimits.SHORT_TEXT_BYTES));
        }
        assertThat(article.body()).isNotNull();
        assertThat(utf8Bytes(article.body())).isLessThanOrEqualTo(record.maxBodyBytes());
        assertThat(article.contentType()).isNotNull();
    }

    @Property
    void shouldCarryThePublishersFieldsUnchanged(@ForAll("articleRecords") RawRecord record) throws RawArticleException {
        if (!(decide(record) instanceof AcceptedArticle article)) {
            return;
        }
        RawArticle raw = ArticleJson.readRawArticle(record.value());
        ArticleMeta meta = article.meta();
        assertThat(meta.source()).isEqualTo(raw.source());
        assertThat(meta.title()).isEqualTo(raw.title());
        assertThat(meta.language()).isEqualTo(raw.language());
        assertThat(meta.section()).isEqualTo(raw.section());
        assertThat(meta.authors()).isEqualTo(raw.authors());
        assertThat(meta.tags()).isEqualTo(raw.tags());
        assertThat(article.body()).isEqualTo(raw.body());
        // The url is carried as sent, whatever its scheme: javascript: and data: urls are accepted today. That is
        // a known gap being closed elsewhere; once it is, tighten this to isNull() or a web url (http, https).
        assertThat(meta.url()).isEqualTo(raw.url());
        Statistics.label("url scheme").collect(scheme(meta.url()));
    }

    @Property
    void shouldLetEveryAcceptedArticleBeWithdrawnUnderItsId(@ForAll("articleRecords") RawRecord record) {
        if (!(decide(record) instanceof AcceptedArticle article)) {
            return;
        }
        if (record.key() != null && !record.key().isEmpty()) {
            assertThat(article.id()).isEqualTo(record.key());
        }
        Verdict tombstone = new ArticleValidator(record.maxBodyBytes()).decide(article.id(), null, RECORD_TIME);
        assertThat(tombstone).isEqualTo(new Withdrawal(article.id()));
    }

    // ---- generators ---------------------------------------------------------------------------------------

    /** Anything at all as the value, tombstones included. */
    @Provide
    Arbitrary<RawRecord> records() {
        return Combinators.combine(keys(), JsonishText.values().injectNull(0.05), bodyLimits()).as(RawRecord::new);
    }

    /**
     * Article-like objects only, so that a good share is accepted and the accepted fields get checked. Tame
     * articles alone are accepted about one time in twenty (each of a dozen fields may stray), too few for 200
     * tries to reach the coverage check reliably; a quarter are well-formed articles, with odd text in their fields.
     */
    @Provide
    Arbitrary<RawRecord> articleRecords() {
        // edge cases left out: mixed into a dozen fields, they would spoil nearly every article
        Arbitrary<RawRecord> tame = Combinators.combine(keys(), JsonishText.articles(JsonishText.Chaos.TAME)
                .map(JsonishText::utf8), bodyLimits()).as(RawRecord::new);
        return Arbitraries.frequencyOf(Tuple.of(3, tame), Tuple.of(1, wellFormedRecords())).withoutEdgeCases();
    }

    /** An article every field of which is of its type and within its limits, keyed by its id or not at all. */
    private static Arbitrary<RawRecord> wellFormedRecords() {
        Arbitrary<String> words = Arbitraries.strings().alpha().numeric().withChars(" -.\u00E9\u4E2D").ofMinLength(1)
                .ofMaxLength(40).filter(text -> !text.isBlank());
        return Combinators.combine(Arbitraries.of(JsonishText.IDS), Arbitraries.of(true, false), words, words,
                Arbitraries.of("text/plain", "text/html")).as((id, keyed, title, body, contentType) -> {
                    ObjectNode article = JsonNodeFactory.instance.objectNode().put("id", id).put("source", "herald").put("title", title)
                                    .put("url", "https://h.example/" + id.length())
                                    .put("published_at", "2024-04-30T10:00:00Z")
                                    .put("content_type", contentType).put("body", body);
                    return new RawRecord(keyed ? id : null, article.toString().getBytes(StandardCharsets.UTF_8), 4_096);
                });
    }

    /**
     * Record keys as the validator receives them: none, empty or blank, the ids values carry, any characters,
     * long ones around the id limit, and keys whose bytes were not UTF-8, decoded leniently (the accept processor
     * refuses those itself with {@code invalid_key}; the validator must still cope with what a lenient decoding
     * gives).
     */
    private static Arbitrary<String> keys() {
        return Arbitraries.frequencyOf(
                        Tuple.of(8, Arbitraries.of(JsonishText.IDS)),
                        Tuple.of(1, Arbitraries.of("", " ", "\t", "\u00A0", "\u2003", "\n")),
                        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(20)),
                        Tuple.of(1, JsonishText.longText(FieldLimits.ID_BYTES)),
                        Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(12)
                                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))))
                .injectNull(0.2);
    }

    /** Mostly limits most bodies fit, sometimes one so small that most bodies break it. */
    private static Arbitrary<Integer> bodyLimits() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(4_096, 1024 * 1024)), Tuple.of(1, Arbitraries.of(1, 100)));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static Verdict decide(RawRecord record) {
        ArticleValidator validator = new ArticleValidator(record.maxBodyBytes());
        Verdict[] verdict = new Verdict[1];
        assertThatCode(() -> verdict[0] = validator.decide(record.key(), record.value(), RECORD_TIME))
                .as("decide(%s)", record)
                .doesNotThrowAnyException();
        return verdict[0];
    }

    private static String kind(Verdict verdict) {
        if (verdict instanceof Rejection rejection) {
            return rejection.reason().code();
        }
        return verdict instanceof Withdrawal ? "withdrawal" : "accepted";
    }

    private static String scheme(String url) {
        if (url == null) {
            return "none";
        }
        int colon = url.indexOf(':');
        return colon < 1 ? "relative or other" : url.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    }

    private static int utf8Bytes(String value) {
        return value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
    }

}
