package articleflow.related.quality;

import articleflow.analysis.TextAnalyzer;
import articleflow.related.ArticleInput;
import articleflow.related.ArticleTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain batch method the streaming path is measured against: every article against every other
 * (leave-one-out), TF-IDF cosine over full term vectors (raw term counts of title and text, smoothed IDF over
 * the whole collection), the same analysis, no threshold, no horizon.
 */
public final class BatchBaseline {

    private BatchBaseline() {
    }

    public static Map<String, List<String>> rank(List<ArticleInput> articles, TextAnalyzer analyzer, int k) {
        int n = articles.size();
        List<Map<Long, Double>> vectors = new ArrayList<>(n);
        Map<Long, Integer> df = new HashMap<>();
        List<ArticleTerms> all = new ArrayList<>(n);
        for (ArticleInput a : articles) {
            ArticleTerms terms = ArticleTerms.of(analyzer, a.language(), "", a.title() + "\n\n" + a.text());
            all.add(terms);
            for (int i = 0; i < terms.size(); i++) {
                df.merge(terms.id(i), 1, Integer::sum);
            }
        }
        for (ArticleTerms terms : all) {
            Map<Long, Double> v = new HashMap<>();
            double squares = 0;
            for (int i = 0; i < terms.size(); i++) {
                double w = terms.count(i) * (Math.log((n + 1.0) / (df.get(terms.id(i)) + 1.0)) + 1);
                v.put(terms.id(i), w);
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
