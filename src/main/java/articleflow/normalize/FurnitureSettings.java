package articleflow.normalize;

import java.time.Duration;

/**
 * When a repeated line counts as a publisher's furniture.
 *
 * @param minArticles  distinct, non-duplicate articles (other than the one at hand) the line must have appeared in
 * @param minSpan      publish-time span those sightings must cover, so a burst of related stories does not count
 * @param maxWords     longer paragraphs are never learned: furniture is short, repeated background paragraphs are content
 * @param maxShare     learned furniture never takes more than this share of an article's words; above it, none is removed
 */
public record FurnitureSettings(int minArticles, Duration minSpan, int maxWords, double maxShare) {

    public static final FurnitureSettings DEFAULT = new FurnitureSettings(3, Duration.ofHours(1), 40, 0.25);

    public FurnitureSettings {
        if (minArticles < 1 || maxWords < 1 || maxShare <= 0 || maxShare > 1) {
            throw new IllegalArgumentException("invalid furniture settings");
        }
    }
}
