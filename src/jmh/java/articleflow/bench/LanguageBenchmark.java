package articleflow.bench;

import articleflow.analysis.LanguageDetector;
import articleflow.normalize.LanguageCheck;
import articleflow.summarize.Summarizer;
import articleflow.summarize.Summary;
import articleflow.summarize.SummaryOptions;
import java.util.ArrayList;
import java.util.List;
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
 * What the article's language costs, per article of 4 KiB on one thread: settling it (detection, which reads the
 * first 1,000 characters), and summarizing a German article with Lucene's German stop words and stemmer next to
 * the English rules of {@link SummarizeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LanguageBenchmark {

    /** A German news story written for the benchmark, repeated with numbered paragraphs up to the size asked. */
    private static final String[] GERMAN = {
        "Der Stadtrat von Hafenstein hat am 3. Mai beschlossen, die alte Hafenbrücke für sechs Wochen zu sperren.",
        "Bei einer Prüfung fanden Ingenieure Rost an zwei Pfeilern, z. B. am Pfeiler Nr. 4 an der Ostseite.",
        "Während der Sperrung bringen Fähren die Pendler im Abstand von fünfzehn Minuten über den Fluss.",
        "Die Reparatur kostet nach Angaben der Stadt ca. 4 Mio. Euro, die zum Teil das Land übernimmt.",
        "Der Verein der Hafenhändler fürchtet weniger Kundschaft in den Wochen, in denen die Brücke fehlt.",
    };

    private final LanguageCheck languages = new LanguageCheck(LanguageDetector.shared());
    private final Summarizer summarizer = new Summarizer(SummaryOptions.DEFAULT);
    private List<String> english;
    private List<String> german;

    @Setup
    public void setUp() {
        english = SummarizeBenchmark.paragraphsOf(4 * 1024);
        german = germanOf(4 * 1024);
    }

    static List<String> germanOf(int size) {
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        for (int i = 0; length < size; i++) {
            String p = "Absatz " + (i + 1) + ": " + GERMAN[i % GERMAN.length] + " " + GERMAN[(i + 2) % GERMAN.length];
            paragraphs.add(p);
            length += p.length() + 2;
        }
        return paragraphs;
    }

    @Benchmark
    public String detectEnglish4KiB() {
        return languages.decide(null, english).language();
    }

    @Benchmark
    public String detectGerman4KiB() {
        return languages.decide(null, german).language();
    }

    @Benchmark
    public Summary summarizeGerman4KiB() {
        return summarizer.summarize("de", german);
    }

    @Benchmark
    public Summary summarizeEnglish4KiB() {
        return summarizer.summarize("en", english);
    }
}
