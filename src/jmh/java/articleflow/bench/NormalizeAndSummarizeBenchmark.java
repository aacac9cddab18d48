package articleflow.bench;

import articleflow.analysis.LanguageDetector;
import articleflow.model.ContentType;
import articleflow.normalize.LanguageCheck;
import articleflow.normalize.NormalizedText;
import articleflow.normalize.Normalizer;
import articleflow.summarize.Summarizer;
import articleflow.summarize.Summary;
import articleflow.summarize.SummaryOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The text budget as one figure per shape, on one thread: normalize, settle the language (detection included:
 * the raw record has none), then summarize by that language's rules, as the topology does for each article. Budget: at least 5,000 articles/s for 4 KiB plain text, 1,500 pages/s for 32 KiB HTML.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class NormalizeAndSummarizeBenchmark {

    private final Normalizer normalizer = new Normalizer();
    private final LanguageCheck languages = new LanguageCheck(LanguageDetector.shared());
    private final Summarizer summarizer = new Summarizer(SummaryOptions.DEFAULT);
    private String plainText;
    private String htmlPage;

    @Setup
    public void setUp() {
        plainText = SummarizeBenchmark.articleOf(4 * 1024);
        htmlPage = NormalizeBenchmark.htmlPage(32 * 1024);
    }

    @Benchmark
    public Summary plainText4KiB() {
        NormalizedText text = normalizer.normalize("Harbour Ferry Returns After Winter Repairs", plainText, ContentType.PLAIN);
        return summarizer.summarize(languages.decide(null, text.paragraphs()).language(), text.paragraphs());
    }

    @Benchmark
    public Summary htmlPage32KiB() {
        NormalizedText text = normalizer.normalize(null, htmlPage, ContentType.HTML);
        return summarizer.summarize(languages.decide(null, text.paragraphs()).language(), text.paragraphs());
    }
}
