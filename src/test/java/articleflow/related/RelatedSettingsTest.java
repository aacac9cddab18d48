package articleflow.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The ranges {@link RelatedSettings} accepts, each at its edge, and {@link TermProfile}'s value semantics. */
class RelatedSettingsTest {

    private static RelatedSettings settings(int listSize, int spares, double minScore, Duration horizon,
                                            int profileTerms, int blockTerms, int bucketCap, int keywords,
                                            double duplicateResemblance, int bands, int maxDistinctTerms,
                                            int maxPartners) {
        return new RelatedSettings(listSize, spares, minScore, horizon, profileTerms, blockTerms, bucketCap, keywords,
                duplicateResemblance, bands, maxDistinctTerms, maxPartners);
    }

    @Test
    void shouldAcceptEveryValueAtTheEdgeOfItsRange() {
        RelatedSettings edge = settings(1, 0, 0.0, Duration.ZERO, 1, 1, 1, 0, 1.0, 1, 1, 1);
        assertThat(edge.listCapacity()).isEqualTo(1);
        assertThat(edge.horizonMillis()).isZero();
        RelatedSettings top = settings(1, 0, 1.0, Duration.ofSeconds(1), 4, 4, 1, 0, 0.001, MinHashSignature.SIZE, 4, 1);
        assertThat(top.horizonMillis()).isEqualTo(1000);
    }

    @Test
    void shouldRejectEveryValueJustOutsideItsRange() {
        assertThatThrownBy(() -> settings(0, 0, 0.1, Duration.ZERO, 1, 1, 1, 0, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("related settings out of range");
        assertThatThrownBy(() -> settings(1, -1, 0.1, Duration.ZERO, 1, 1, 1, 0, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 0, 0, 1, 0, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 2, 0, 1, 0, 0.5, 1, 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 2, 3, 1, 0, 0.5, 1, 3, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 1, 1, 0, 0, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 1, 1, 1, -1, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 2, 1, 1, 0, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 1, 1, 1, 0, 0.5, 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, -0.001, Duration.ZERO, 1, 1, 1, 0, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minScore and duplicateResemblance are in [0, 1]");
        assertThatThrownBy(() -> settings(1, 0, 1.001, Duration.ZERO, 1, 1, 1, 0, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 1, 1, 1, 0, 0.0, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 1, 1, 1, 0, 1.001, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ofMillis(-1), 1, 1, 1, 0, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("horizon must be a non-negative duration");
        assertThatThrownBy(() -> settings(1, 0, 0.1, null, 1, 1, 1, 0, 0.5, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 1, 1, 1, 0, 0.5, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bands must divide");
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 1, 1, 1, 0, 0.5, MinHashSignature.SIZE + 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1, 0, 0.1, Duration.ZERO, 1, 1, 1, 0, 0.5, 3, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldChangeOneSettingAtATime() {
        RelatedSettings d = RelatedSettings.DEFAULT;
        assertThat(d.withListSize(3)).isEqualTo(settings(3, 10, 0.1, Duration.ofDays(30), 128, 10, 256, 8, 0.5, 16, 1000, 1024));
        assertThat(d.withHorizon(Duration.ofDays(1)).horizon()).isEqualTo(Duration.ofDays(1));
        assertThat(d.withMinScore(0.3).minScore()).isEqualTo(0.3);
        assertThat(d.withDuplicateResemblance(0.8))
                .isEqualTo(settings(5, 10, 0.1, Duration.ofDays(30), 128, 10, 256, 8, 0.8, 16, 1000, 1024));
        assertThat(d.withBucketCap(7).bucketCap()).isEqualTo(7);
        assertThat(d.withProfile(64, 4))
                .isEqualTo(settings(5, 10, 0.1, Duration.ofDays(30), 64, 4, 256, 8, 0.5, 16, 1000, 1024));
        assertThat(d.withProfile(2000, 4).maxDistinctTerms()).isEqualTo(2000);
        assertThat(d.listCapacity()).isEqualTo(15);
    }

    @Test
    void shouldCompareTermProfilesByValue() {
        TermProfile p = new TermProfile(new long[] {1, 2}, new float[] {0.6f, 0.8f});
        assertThat(p.size()).isEqualTo(2);
        assertThat(TermProfile.EMPTY.size()).isZero();
        assertThat(p).isEqualTo(new TermProfile(new long[] {1, 2}, new float[] {0.6f, 0.8f}));
        assertThat(p).isNotEqualTo(new TermProfile(new long[] {1, 3}, new float[] {0.6f, 0.8f}));
        assertThat(p).isNotEqualTo(new TermProfile(new long[] {1, 2}, new float[] {0.8f, 0.6f}));
        assertThat(p).isNotEqualTo("p");
        assertThat(p.hashCode()).isEqualTo(31 * java.util.Arrays.hashCode(new long[] {1, 2})
                + java.util.Arrays.hashCode(new float[] {0.6f, 0.8f}));
        assertThat(p.toString()).isEqualTo("TermProfile[2 terms]");
    }

    @Test
    void shouldRejectAProfileWithTermsOutOfOrderOrRepeatedOrUnweighted() {
        assertThatThrownBy(() -> new TermProfile(new long[] {2, 1}, new float[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("profile terms must be distinct and ascending");
        assertThatThrownBy(() -> new TermProfile(new long[] {2, 2}, new float[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TermProfile(new long[] {1}, new float[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("terms and weights differ in length");
        assertThat(new TermProfile(new long[] {1, 2, 3}, new float[] {1, 1, 1}).size()).isEqualTo(3);
    }
}
