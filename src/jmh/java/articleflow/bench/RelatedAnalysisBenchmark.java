package articleflow.bench;

import articleflow.analysis.AnalyzedText;
import articleflow.analysis.TextAnalyzer;
import articleflow.related.ArticleInput;
import articleflow.related.InMemoryRelatedStores;
import articleflow.related.MinHashSignature;
import articleflow.related.PartitionDocumentFrequencies;
import articleflow.related.RelatedArticles;
import articleflow.related.RelatedOutcome;
import articleflow.related.RelatedSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the related stage's per-article work on one 4 KiB news article, single thread: the Lucene analysis
 * alone (and with Lucene's filters on every token, as before the stem table), the MinHash signature alone, and the whole by-id indexing step (analysis of title and text, document
 * frequencies, profile, block terms, keywords, signature and band keys) against a partition already holding
 * 2,000 articles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RelatedAnalysisBenchmark {

    private TextAnalyzer analyzer;
    private TextAnalyzer wholeChain;
    private String text;
    private RelatedArticles related;
    private long version;

    @Setup
    public void setUp() {
        analyzer = new TextAnalyzer();
        wholeChain = TextAnalyzer.wholeChainOnly();
        text = String.join("\n\n", SummarizeBenchmark.paragraphsOf(4096));
        InMemoryRelatedStores stores = new InMemoryRelatedStores();
        related = new RelatedArticles(analyzer, RelatedSettings.DEFAULT, new PartitionDocumentFrequencies(),
                stores.terms(), stores.states());
        // a partition with history: other articles' words in the document frequencies
        String[] words = text.split("\\s+");
        for (int i = 0; i < 2000; i++) {
            StringBuilder other = new StringBuilder();
            for (int w = 0; w < 300; w++) {
                other.append(words[(i * 7 + w * 13) % words.length]).append(' ');
            }
            related.index(new ArticleInput("other-" + i, 1, "en", "Other " + i, null, "bench", null, i, other.toString()));
        }
    }

    @Benchmark
    public AnalyzedText analyze() {
        return analyzer.analyze("en", text);
    }

    /** The same analysis with Lucene's filters run on every token, as before the stem table. */
    @Benchmark
    public AnalyzedText analyzeWholeChain() {
        return wholeChain.analyze("en", text);
    }

    @Benchmark
    public MinHashSignature signature() {
        return MinHashSignature.of(text);
    }

    /** Each call is a correction of the same article, so the partition does not grow while measured. */
    @Benchmark
    public RelatedOutcome indexArticle() {
        return related.index(new ArticleInput("bench", ++version, "en",
                "Northbridge council votes to close the harbour bridge", null, "bench", null, 5000, text));
    }
}
