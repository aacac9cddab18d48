package articleflow.related.quality;

import articleflow.analysis.AnalyzedText;
import articleflow.analysis.TextAnalyzer;
import articleflow.related.ArticleInput;
import articleflow.related.ArticleTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain batch method the streaming path is measured against: every article against every other
 * (leave-one-out), TF-IDF cosine over full term vectors (raw counts of the stems of title and text, smoothed IDF
 * over the whole collection), the same Lucene analysis, no threshold, no horizon, no title or name weights.
 */
public final class BatchBaseline {

    private BatchBaseline() {
    }

    public static Map<String, List<String>> rank(List<ArticleInput> articles, TextAnalyzer analyzer, int k) {
        int n = articles.size();
        List<Map<Long, Double>> vectors = new ArrayList<>(n);
        Map<Long, Integer> df = new HashMap<>();
        List<Map<Long, Integer>> counts = new ArrayList<>(n);
        for (ArticleInput a : articles) {
            String language = TextAnalyzer.canonicalLanguage(a.language());
            Map<Long, Integer> c = new HashMap<>();
            for (AnalyzedText.Term t : analyzer.analyze(language, a.title() + "\n\n" + a.text()).terms()) {
                c.put(ArticleTerms.termId(language, t.stem()), t.count());
            }
            counts.add(c);
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        for (Map<Long, Integer> c : counts) {
            Map<Long, Double> v = new HashMap<>();
            double squares = 0;
            for (Map.Entry<Long, Integer> e : c.entrySet()) {
                double w = e.getValue() * (Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1);
                v.put(e.getKey(), w);
                squares += w * w;
            }
            double norm = Math.sqrt(squares);
            v.replaceAll((t, w) -> w / norm);
            vectors.add(v);
        }
        Map<String, List<String>> lists = new HashMap<>();
        for (int a = 0; a < n; a++) {
            double[] scores = new double[n];
            for (int b = 0; b < n; b++) {
                if (b == a || !articles.get(a).language().equals(articles.get(b).language())) {
                    scores[b] = -1;
                    continue;
                }
                Map<Long, Double> small = vectors.get(a).size() < vectors.get(b).size() ? vectors.get(a) : vectors.get(b);
                Map<Long, Double> large = small == vectors.get(a) ? vectors.get(b) : vectors.get(a);
                double dot = 0;
                for (Map.Entry<Long, Double> e : small.entrySet()) {
                    Double w = large.get(e.getKey());
                    if (w != null) {
                        dot += e.getValue() * w;
                    }
                }
                scores[b] = dot;
            }
            List<Integer> order = new ArrayList<>();
            for (int b = 0; b < n; b++) {
                if (scores[b] > 0) {
                    order.add(b);
                }
            }
            order.sort((x, y) -> scores[x] != scores[y] ? Double.compare(scores[y], scores[x])
                    : articles.get(x).id().compareTo(articles.get(y).id()));
            List<String> list = new ArrayList<>(k);
            for (int i = 0; i < Math.min(k, order.size()); i++) {
                list.add(articles.get(order.get(i)).id());
            }
            lists.put(articles.get(a).id(), list);
        }
        return lists;
    }
}
