package articleflow.related;

import articleflow.analysis.AnalyzedText;
import articleflow.analysis.StableHash;
import articleflow.analysis.TextAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's terms as TF-IDF sees them: every distinct stem of its title and text with its count (title words
 * count {@link #TITLE_WEIGHT} times: the headline names the story), the share of its occurrences written as a name
 * (capitalized inside a sentence: who and where tell two stories of one kind apart, so a term's weight grows with
 * that share up to {@code 1 + }{@link #NAME_BOOST} times), its readable surface form and its id, the stable hash
 * of language and stem. The language is the article's canonical code, also where no analyzer
 * covers it and the neutral one was used, so that related links never cross languages.
 */
public final class ArticleTerms {

    public static final int TITLE_WEIGHT = 2;
    /**
     * How much more a term written only as a name weighs: its TF-IDF weight is multiplied by {@code 1 + NAME_BOOST
     * * share}, the share being its occurrences written capitalized inside a sentence over all its occurrences
     * (title and text). A factor on the weight, not extra counts, so that sublinear TF does not damp it away.
     */
    public static final double NAME_BOOST = 1.0;

    private final String language;
    private final String[] stems;
    private final String[] surfaces;
    private final int[] counts;
    private final float[] nameShares;
    private final long[] ids;

    private ArticleTerms(String language, String[] stems, String[] surfaces, int[] counts, float[] nameShares) {
        this.language = language;
        this.stems = stems;
        this.surfaces = surfaces;
        this.counts = counts;
        this.nameShares = nameShares;
        this.ids = new long[stems.length];
        for (int i = 0; i < stems.length; i++) {
            ids[i] = termId(language, stems[i]);
        }
    }

    /** The id of a stem in a language: the same term in two languages is two terms. */
    public static long termId(String language, String stem) {
        return StableHash.of(language, stem);
    }

    public static ArticleTerms of(TextAnalyzer analyzer, String language, String title, String text) {
        AnalyzedText body = analyzer.analyze(language, text);
        AnalyzedText head = analyzer.analyze(language, title);
        Map<String, Object[]> merged = new LinkedHashMap<>();
        for (AnalyzedText.Term t : head.terms()) {
            // {surface, weighted count, occurrences, occurrences written as a name (never counted in a title)}
            merged.put(t.stem(), new Object[] {t.surface(), t.count() * TITLE_WEIGHT, t.count(), 0});
        }
        for (AnalyzedText.Term t : body.terms()) {
            Object[] m = merged.get(t.stem());
            if (m == null) {
                merged.put(t.stem(), new Object[] {t.surface(), t.count(), t.count(), t.capitalized()});
            } else {
                // the body's form is the better-attested one unless the title used it more
                if (t.count() > (int) m[1] / TITLE_WEIGHT) {
                    m[0] = t.surface();
                }
                m[1] = (int) m[1] + t.count();
                m[2] = (int) m[2] + t.count();
                m[3] = t.capitalized();
            }
        }
        int n = merged.size();
        String[] stems = new String[n];
        String[] surfaces = new String[n];
        int[] counts = new int[n];
        float[] nameShares = new float[n];
        int i = 0;
        for (Map.Entry<String, Object[]> e : merged.entrySet()) {
            stems[i] = e.getKey();
            surfaces[i] = (String) e.getValue()[0];
            counts[i] = (int) e.getValue()[1];
            nameShares[i] = Math.min(1f, (float) ((int) e.getValue()[3] / (double) (int) e.getValue()[2]));
            i++;
        }
        return new ArticleTerms(TextAnalyzer.canonicalLanguage(language), stems, surfaces, counts, nameShares);
    }

    public String language() {
        return language;
    }

    public int size() {
        return stems.length;
    }

    public String stem(int i) {
        return stems[i];
    }

    public String surface(int i) {
        return surfaces[i];
    }

    public int count(int i) {
        return counts[i];
    }

    /** The share of the term's occurrences (title and text) written capitalized inside a sentence, in [0, 1]. */
    public float nameShare(int i) {
        return nameShares[i];
    }

    public long id(int i) {
        return ids[i];
    }

    /** The distinct term ids to count for document frequencies: all of them, or the most frequent {@code max}. */
    public IndexedTerms indexed(String id, long version, long publishedAtMillis, int max) {
        if (ids.length <= max) {
            // all of them: no ranking needed (most articles have far fewer distinct terms than the cap)
            return new IndexedTerms(id, version, language, publishedAtMillis, ids);
        }
        Integer[] order = byCountThenStem();
        int kept = Math.min(max, order.length);
        long[] terms = new long[kept];
        for (int k = 0; k < kept; k++) {
            terms[k] = ids[order[k]];
        }
        return new IndexedTerms(id, version, language, publishedAtMillis, terms);
    }

    private Integer[] byCountThenStem() {
        Integer[] order = new Integer[stems.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -counts[i]).thenComparing(i -> stems[i]));
        return order;
    }

    /**
     * Sublinear TF times IDF times the name factor, {@code (1 + ln tf) * idf * (1 + NAME_BOOST * nameShare)}, per
     * term; {@code weighted()} orders them best first.
     */
    public List<Weighted> weighted(DocumentFrequencies df) {
        List<Weighted> out = new ArrayList<>(stems.length);
        for (int i = 0; i < stems.length; i++) {
            double w = (1 + Math.log(counts[i])) * df.idf(language, ids[i]) * (1 + NAME_BOOST * nameShares[i]);
            out.add(new Weighted(i, w));
        }
        out.sort(Comparator.comparingDouble((Weighted w) -> -w.weight).thenComparing(w -> stems[w.index]));
        return out;
    }

    /** A term of this article (by index) and its TF-IDF weight. */
    public record Weighted(int index, double weight) {
    }
}
