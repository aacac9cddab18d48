package articleflow.analysis;

import java.util.List;

/**
 * What the text analysis found in one text: each distinct stem with how often it occurs and the surface form
 * readers saw most often for it, in order of first occurrence.
 *
 * @param language the ISO 639-1 code whose rules were applied, or {@link TextAnalyzer#NEUTRAL}
 * @param terms the distinct stems, first occurrence first
 * @param tokens how many content tokens were counted (stop words excluded)
 * @param truncated whether the text hit a work cap and only its beginning was analysed
 */
public record AnalyzedText(String language, List<Term> terms, int tokens, boolean truncated) {

    /**
     * One distinct stem: {@code surface} is its most frequent lowercase form in the text (ties: shorter, then
     * first); {@code capitalized} counts the occurrences written with a capital inside a sentence, the mark of a
     * name in most alphabets.
     */
    public record Term(String stem, String surface, int count, int capitalized) {
    }

    public AnalyzedText {
        terms = List.copyOf(terms);
    }
}
