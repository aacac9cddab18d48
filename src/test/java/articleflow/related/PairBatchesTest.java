package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class PairBatchesTest {

    /** Articles a*, b* and c* live on partitions 0, 1 and 2. */
    private static final ToIntFunction<String> PARTITION = id -> Map.of('a', 0, 'b', 1, 'c', 2).get(id.charAt(0));

    private static ArticleMessage.PairScores pairFor(String target) {
        return new ArticleMessage.PairScores(target, 1, new Candidate(new ArticleLink("new", "New", "https://x.example/new",
                "t", "x"), 1, 0, MinHashSignature.NONE), 0.5, 0);
    }

    @Test
    void shouldSendThePairsForOnePartitionTogetherKeyedByTheFirstArticle() {
        List<ArticleMessage> pairs = List.of(pairFor("a1"), pairFor("b1"), pairFor("a2"), pairFor("c1"), pairFor("a3"));

        List<ArticleMessage> sent = PairBatches.byPartition(pairs, PARTITION);

        assertThat(sent).containsExactly(
                new ArticleMessage.PairBatch(List.of(pairFor("a1"), pairFor("a2"), pairFor("a3"))),
                pairFor("b1"), pairFor("c1"));
        assertThat(sent).extracting(ArticleMessage::targetId).containsExactly("a1", "b1", "c1");
    }

    @Test
    void shouldStartANewBatchWhenTheNextPairsWouldNotFitAndKeepAnArticlesOrder() {
        List<ArticleMessage> pairs = new ArrayList<>();
        for (int i = 0; i < ArticleMessage.PairScores.MAX_SCORES + 3; i++) {
            pairs.add(pairFor("a" + i));
        }
        List<ArticleMessage.Score> full = new ArrayList<>();
        for (int i = 0; i < ArticleMessage.PairScores.MAX_SCORES; i++) {
            full.add(pairFor("x").scores().get(0));
        }
        ArticleMessage.PairScores aNewcomersOwn = new ArticleMessage.PairScores("a0", 1, full);
        pairs.add(aNewcomersOwn);
        pairs.add(pairFor("a0"));

        List<ArticleMessage> sent = PairBatches.byPartition(pairs, PARTITION);

        assertThat(sent).hasSize(4);
        assertThat(((ArticleMessage.PairBatch) sent.get(0)).pairs()).hasSize(ArticleMessage.PairScores.MAX_SCORES);
        assertThat(((ArticleMessage.PairBatch) sent.get(1)).pairs()).hasSize(3);
        // a message as large as a batch goes alone, and what comes after it for the same article follows it
        assertThat(sent.get(2)).isEqualTo(aNewcomersOwn);
        assertThat(sent.get(3)).isEqualTo(pairFor("a0"));
        List<ArticleMessage> unpacked = new ArrayList<>();
        for (ArticleMessage message : sent) {
            if (message instanceof ArticleMessage.PairBatch batch) {
                unpacked.addAll(batch.pairs());
            } else {
                unpacked.add(message);
            }
        }
        assertThat(unpacked).containsExactlyElementsOf(pairs);
    }

    @Test
    void shouldLeaveAloneWhatIsNotOnlyPairScores() {
        List<ArticleMessage> mixed = List.of(pairFor("a1"), new ArticleMessage.Retraction("a2", "b1", 3), pairFor("a3"));
        List<ArticleMessage> one = List.of(pairFor("a1"));

        assertThat(PairBatches.byPartition(mixed, PARTITION)).isSameAs(mixed);
        assertThat(PairBatches.byPartition(one, PARTITION)).isSameAs(one);
        assertThat(PairBatches.byPartition(List.of(), PARTITION)).isEmpty();
    }

    @Test
    void shouldRefuseABatchOfOneMessageOrOfMorePairsThanAMessageCarries() {
        assertThatThrownBy(() -> new ArticleMessage.PairBatch(List.of(pairFor("a1"))))
                .isInstanceOf(IllegalArgumentException.class);
        List<ArticleMessage.PairScores> tooMany = new ArrayList<>();
        for (int i = 0; i <= ArticleMessage.PairScores.MAX_SCORES; i++) {
            tooMany.add(pairFor("a" + i));
        }
        assertThatThrownBy(() -> new ArticleMessage.PairBatch(tooMany)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 17 of 17");
    }
}
