package articleflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
import articleflow.summarize.Summary;
import articleflow.summarize.SummaryOptions;
import articleflow.topology.stages.TextWork;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextLookaheadTest {

    private static final Instant NOW = Instant.parse("2024-05-01T09:00:00Z");
    private static final String SIGN_OFF = "Read by our audio desk.";

    /** The topology's own text work, counting what it is asked to do in place. */
    private static final class CountingWork implements TextWork {
        private final TextWork work = TextWork.inPlace(SummaryOptions.DEFAULT);
        final AtomicInteger normalized = new AtomicInteger();
        final AtomicInteger summarized = new AtomicInteger();

        @Override
        public void load() {
            work.load();
        }

        @Override
        public Normalized normalize(AcceptedArticle article) {
            normalized.incrementAndGet();
            return work.normalize(article);
        }

        @Override
        public Summary summarize(String language, List<String> paragraphs) {
            summarized.incrementAndGet();
            return work.summarize(language, paragraphs);
        }
    }

    private final ArticleValidator validator = new ArticleValidator(1 << 20);
    private final CountingWork inPlace = new CountingWork();
    private final TextLookahead lookahead = new TextLookahead(inPlace, validator, SummaryOptions.DEFAULT, 1);

    @AfterEach
    void close() {
        lookahead.close();
    }

    private static byte[] article(String id, String source, String... paragraphs) {
        return ("{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"published_at\":\"2024-05-01T08:00:00Z\","
                + "\"title\":\"Harbour news\",\"body\":\"" + String.join("\\n\\n", paragraphs) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] story(String id, String source, String topic) {
        return article(id, source,
                "The " + topic + " committee met on Monday and agreed a plan after a long debate about costs.",
                "Members said the " + topic + " plan would be reviewed next spring once the first results are in.",
                "Residents near the " + topic + " site were invited to a public meeting at the town hall.",
                SIGN_OFF);
    }

    private AcceptedArticle accepted(byte[] value) {
        return (AcceptedArticle) validator.decide(null, value, NOW);
    }

    @Test
    void shouldHandTheTopologyTheWorkDoneAheadForTheRecordBeingPiped() {
        byte[] first = story("a", "wire", "harbour");
        byte[] second = story("b", "wire", "library");
        Future<?> firstAhead = lookahead.ahead(null, first, NOW);
        lookahead.ahead(null, second, NOW);

        lookahead.piping(firstAhead);
        TextWork.Normalized normalized = lookahead.normalize(accepted(first));
        Summary summary = lookahead.summarize(normalized.language().language(), normalized.text().paragraphs());

        TextWork reference = TextWork.inPlace(SummaryOptions.DEFAULT);
        TextWork.Normalized expected = reference.normalize(accepted(first));
        assertThat(normalized).isEqualTo(expected);
        assertThat(summary).isEqualTo(reference.summarize(expected.language().language(), expected.text().paragraphs()));
        assertThat(inPlace.normalized).hasValue(0);
        assertThat(inPlace.summarized).hasValue(0);
    }

    @Test
    void shouldDoTheWorkInPlaceForARecordPipedWithoutWorkStartedAhead() {
        lookahead.ahead(null, story("a", "wire", "harbour"), NOW);
        byte[] other = story("b", "wire", "library");

        lookahead.piping(null);
        TextWork.Normalized normalized = lookahead.normalize(accepted(other));

        assertThat(normalized.text().paragraphs()).first().asString().contains("library");
        assertThat(inPlace.normalized).hasValue(1);
    }

    @Test
    void shouldSummarizeInPlaceWhatLearnedFurnitureChangedAndGuessItForTheSourcesNextArticle() {
        byte[] first = story("a", "wire", "harbour");
        lookahead.piping(lookahead.ahead(null, first, NOW));
        TextWork.Normalized normalized = lookahead.normalize(accepted(first));
        List<String> withoutSignOff = normalized.text().paragraphs().subList(0, 3);

        lookahead.summarize(normalized.language().language(), withoutSignOff);
        assertThat(inPlace.summarized).as("the worker summarized the sign-off too").hasValue(1);

        // the source's next article: the worker now leaves out the line the topology stripped last time
        byte[] second = story("b", "wire", "library");
        lookahead.piping(lookahead.ahead(null, second, NOW));
        TextWork.Normalized next = lookahead.normalize(accepted(second));
        Summary summary = lookahead.summarize(next.language().language(), next.text().paragraphs().subList(0, 3));

        assertThat(inPlace.summarized).hasValue(1);
        assertThat(summary).isEqualTo(TextWork.inPlace(SummaryOptions.DEFAULT)
                .summarize(next.language().language(), next.text().paragraphs().subList(0, 3)));
    }

    @Test
    void shouldLeaveARecordThatIsNoArticleToTheTopology() {
        byte[] broken = "{not json".getBytes(StandardCharsets.UTF_8);
        byte[] good = story("a", "wire", "harbour");
        Future<?> brokenAhead = lookahead.ahead(null, broken, NOW);
        Future<?> goodAhead = lookahead.ahead(null, good, NOW);

        lookahead.piping(brokenAhead);
        lookahead.piping(goodAhead);
        lookahead.normalize(accepted(good));

        assertThat(inPlace.normalized).hasValue(0);
    }
}
