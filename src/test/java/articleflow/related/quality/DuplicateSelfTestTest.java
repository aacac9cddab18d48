package articleflow.related.quality;

import static org.assertj.core.api.Assertions.assertThat;

import articleflow.analysis.TextAnalyzer;
import articleflow.related.RelatedSettings;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DuplicateSelfTestTest {

    @Test
    void shouldFindCopiesWithHighPrecisionAndRecall() {
        DuplicateSelfTest.Result result = DuplicateSelfTest.run(new TextAnalyzer(), RelatedSettings.DEFAULT);

        assertThat(result.positives()).isEqualTo(result.variants());
        assertThat(result.negatives()).isGreaterThan(10 * result.positives());
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.copiesNamingOriginal()).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * result.copies()));
        assertThat(result.originalsMarked()).isZero();
    }

    @Test
    void shouldGenerateTheVariantsItClaims() {
        String text = DuplicateSelfTest.ORIGINALS.get(0)[2];

        assertThat(DuplicateSelfTest.cut(text, 0.65).length()).isLessThan(text.length());
        assertThat(DuplicateSelfTest.withFurniture(text, new Random(1))).contains(text);
        assertThat(DuplicateSelfTest.lightEdit(text, new Random(1))).isNotEqualTo(text);
        List<String[]> corpus = DuplicateSelfTest.corpus();
        assertThat(corpus).hasSize(6 * DuplicateSelfTest.ORIGINALS.size());
    }
}
