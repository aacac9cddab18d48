package articleflow.related;

import articleflow.analysis.TextAnalyzer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The analyses of the article versions counted lately and not yet indexed, so that the text of a version is
 * analysed once: counted when accepted, it is indexed after its feed reply, a round trip later, with the same text.
 * Exact: an analysis is reused only for the same id, version, language, title and text, and then forgotten; any
 * other version, or one pushed out by newer ones (a long wait for the reply, a restart), is analysed anew, with the
 * same result. Bounded and thread-safe: one per topology, shared by its stream threads.
 */
public final class RecentAnalyses {

    private record Version(String id, long version) {
    }

    private record Analysis(String language, String title, String text, ArticleTerms terms) {
        boolean of(String otherLanguage, String otherTitle, String otherText) {
            return Objects.equals(language, otherLanguage) && Objects.equals(title, otherTitle)
                    && Objects.equals(text, otherText);
        }
    }

    private final TextAnalyzer analyzer;
    private final int capacity;
    private final Map<Version, Analysis> recent;

    /** @param capacity versions remembered at most; the oldest are forgotten first */
    public RecentAnalyses(TextAnalyzer analyzer, int capacity) {
        this.analyzer = Objects.requireNonNull(analyzer);
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Version, Analysis> eldest) {
                return size() > RecentAnalyses.this.capacity;
            }
        };
    }

    /** Analyses every time, remembering nothing. */
    public static RecentAnalyses none(TextAnalyzer analyzer) {
        return new RecentAnalyses(analyzer, 0);
    }

    /** Analyses a version about to be counted, and remembers the analysis for its indexing. */
    public ArticleTerms counting(String id, long version, String language, String title, String text) {
        ArticleTerms terms = ArticleTerms.of(analyzer, language, title, text);
        if (capacity > 0) {
            synchronized (recent) {
                recent.put(new Version(id, version), new Analysis(language, title, text, terms));
            }
        }
        return terms;
    }

    /** The analysis of a version being indexed: the one made when it was counted, if it is of the same text. */
    public ArticleTerms indexing(String id, long version, String language, String title, String text) {
        Analysis counted;
        synchronized (recent) {
            counted = recent.remove(new Version(id, version));
        }
        return counted != null && counted.of(language, title, text) ? counted.terms()
                : ArticleTerms.of(analyzer, language, title, text);
    }

    /** Versions remembered now. */
    public int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
