package articleflow.related;

import articleflow.analysis.NonKeywords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the by-id partition derives from an article's terms and the document frequencies: its profile (the
 * best {@link RelatedSettings#profileTerms()} terms, unit length), the term buckets it is filed under (its best
 * {@link RelatedSettings#blockTerms()} terms, keyed by language and stem) and its keywords (the best terms'
 * surface forms, without the calendar and the words news copy always uses: {@link NonKeywords}).
 */
public record ArticleProfile(TermProfile profile, List<String> blockKeys, List<String> keywords) {

    public ArticleProfile {
        blockKeys = List.copyOf(blockKeys);
        keywords = List.copyOf(keywords);
    }

    /** The bucket key of a term: language and stem, so that buckets never mix languages. */
    public static String blockKey(String language, String stem) {
        return "t|" + language + '|' + stem;
    }

    public static ArticleProfile of(ArticleTerms terms, DocumentFrequencies df, RelatedSettings settings) {
        List<ArticleTerms.Weighted> ranked = terms.weighted(df);
        int m = Math.min(settings.profileTerms(), ranked.size());
        long[] ids = new long[m];
        double[] weights = new double[m];
        double squares = 0;
        for (int k = 0; k < m; k++) {
            ArticleTerms.Weighted w = ranked.get(k);
            ids[k] = terms.id(w.index());
            weights[k] = w.weight();
            squares += w.weight() * w.weight();
        }
        double norm = Math.sqrt(squares);
        Integer[] byId = new Integer[m];
        for (int k = 0; k < m; k++) {
            byId[k] = k;
        }
        Arrays.sort(byId, (a, b) -> Long.compare(ids[a], ids[b]));
        long[] sortedIds = new long[m];
        float[] sortedWeights = new float[m];
        for (int k = 0; k < m; k++) {
            sortedIds[k] = ids[byId[k]];
            sortedWeights[k] = (float) (weights[byId[k]] / norm);
        }
        List<String> blockKeys = new ArrayList<>(settings.blockTerms());
        for (int k = 0; k < Math.min(settings.blockTerms(), m); k++) {
            blockKeys.add(blockKey(terms.language(), terms.stem(ranked.get(k).index())));
        }
        List<String> keywords = new ArrayList<>(settings.keywords());
        Set<String> seen = new HashSet<>();
        for (ArticleTerms.Weighted w : ranked) {
            if (keywords.size() == settings.keywords()) {
                break;
            }
            String surface = terms.surface(w.index());
            if (isReadable(surface) && !NonKeywords.contains(terms.language(), surface) && seen.add(surface)) {
                keywords.add(surface);
            }
        }
        return new ArticleProfile(new TermProfile(sortedIds, sortedWeights), blockKeys, keywords);
    }

    /**
     * Keywords are words: at least two characters, at least one of them a letter. Not a word written wholly in
     * hiragana: in Japanese copy those are particles, endings and formal nouns ("こと", "ため"), while its content
     * words are written in kanji or katakana.
     */
    static boolean isReadable(String surface) {
        if (surface.length() < 2) {
            return false;
        }
        boolean letter = false;
        boolean allHiragana = true;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            letter |= Character.isLetter(c);
            allHiragana &= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA;
        }
        return letter && !allHiragana;
    }
}
