package articleflow.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Learns the lines a publisher repeats across its own distinct articles and strips them from later ones,
 * so that furniture no built-in list knows ("Listen to this story", a sign-off) still goes.
 *
 * <p>Safeguards: a correction under the same id never counts twice; an article most of whose text the
 * source has already published (a syndicated or duplicate copy) teaches nothing; a line must be seen
 * over a minimum time span; and if the learned lines would take more than a bounded share of an article,
 * none are removed from it.
 */
public final class LearnedFurniture {

    /** An article whose words were mostly seen before from this source is a copy, not evidence of furniture. */
    private static final double DUPLICATE_SHARE = 0.5;

    private final LineHistoryStore store;
    private final FurnitureSettings settings;

    public LearnedFurniture(LineHistoryStore store, FurnitureSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * Returns the indices of the article's paragraphs that are learned furniture, then learns from the article.
     */
    public List<Integer> stripAndLearn(String source, String id, long publishedAtMillis,
                                       List<Long> fingerprints, List<Integer> words) {
        int total = 0;
        int furnitureWords = 0;
        int seenWords = 0;
        List<Integer> furniture = new ArrayList<>();
        List<LineHistory> histories = new ArrayList<>(fingerprints.size());
        for (int i = 0; i < fingerprints.size(); i++) {
            int paragraphWords = words.get(i);
            // a paragraph longer than furniture is never learned, so it has no history to read
            LineHistory history = paragraphWords > settings.maxWords() ? null : store.get(source, fingerprints.get(i));
            histories.add(history);
            total += paragraphWords;
            if (history != null && history.distinctArticlesOtherThan(id) > 0) {
                seenWords += paragraphWords;
            }
            if (isFurniture(history, id, paragraphWords)) {
                furniture.add(i);
                furnitureWords += paragraphWords;
            }
        }
        boolean duplicateCopy = total > 0 && seenWords > DUPLICATE_SHARE * total;
        if (!duplicateCopy) {
            learn(source, id, publishedAtMillis, fingerprints, words, histories);
        }
        if (furniture.size() == fingerprints.size() || furnitureWords > settings.maxShare() * total) {
            return List.of();
        }
        return furniture;
    }

    /** The article's paragraphs without those {@link #stripAndLearn} named, in order. */
    public static List<String> strip(List<String> paragraphs, List<Integer> furniture) {
        if (furniture.isEmpty()) {
            return paragraphs;
        }
        Set<Integer> dropped = new HashSet<>(furniture);
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(paragraphs.get(i));
            }
        }
        return kept;
    }

    private boolean isFurniture(LineHistory history, String id, int paragraphWords) {
        return history != null
                && paragraphWords <= settings.maxWords()
                && history.distinctArticlesOtherThan(id) >= settings.minArticles()
                && history.spanMillis() >= settings.minSpan().toMillis();
    }

    private void learn(String source, String id, long publishedAtMillis,
                       List<Long> fingerprints, List<Integer> words, List<LineHistory> histories) {
        for (int i = 0; i < fingerprints.size(); i++) {
            if (words.get(i) > settings.maxWords()) {
                continue;
            }
            LineHistory history = histories.get(i);
            LineHistory updated;
            if (history == null) {
                updated = new LineHistory(List.of(id), publishedAtMillis, publishedAtMillis);
            } else if (history.articleIds().contains(id)) {
                continue;
            } else {
                // beyond the threshold only the span matters, so the id list stays small
                List<String> ids = new ArrayList<>(history.articleIds());
                if (ids.size() <= settings.minArticles()) {
                    ids.add(id);
                }
                updated = new LineHistory(ids,
                        Math.min(history.firstSeenMillis(), publishedAtMillis),
                        Math.max(history.lastSeenMillis(), publishedAtMillis));
            }
            store.put(source, fingerprints.get(i), updated);
        }
    }
}
