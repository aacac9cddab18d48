package articleflow.bench;

import articleflow.summarize.Summarizer;
import articleflow.summarize.Summary;
import articleflow.summarize.SummaryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to summarize one 4 KiB news article at the product defaults, single thread. The budget:
 * normalize plus summarize at 5,000 articles/s per core, so summarize well under 100 us.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SummarizeBenchmark {

    /** Self-written article text, repeated paragraph by paragraph until it reaches 4 KiB. */
    private static final String[] PARAGRAPHS = {
        "The city council of Northbridge voted on Tuesday to close the old harbour bridge to cars from "
            + "next spring, after engineers warned that its steel supports had corroded faster than expected.",
        "Mayor Ellen Hart said the decision was painful but unavoidable. \"We cannot ask people to drive over "
            + "a bridge we no longer trust,\" she told reporters outside the town hall. Buses and cyclists will "
            + "still be allowed to cross while repairs are planned.",
        "The bridge, opened in 1962, carries about 18,000 vehicles a day. A survey published in March found "
            + "that 3.5% of its supports had lost more than a third of their original thickness, and Dr. Samuel "
            + "Okafor, who led the survey, said the rate of decay had doubled since 2015.",
        "Local businesses fear the closure will cut trade in the harbour district. The chamber of commerce "
            + "estimated that shops near the bridge could lose $1.2m a month in sales, and asked the council "
            + "for a temporary ferry service and cheaper parking on the southern bank.",
        "Council officials said a replacement bridge would cost between 40 and 55 million, and that work "
            + "could begin in 2027 if the regional government agreed to share the cost. Talks with the region "
            + "are expected to start next month, according to a spokesman for the transport department.",
        "Residents were divided. Some welcomed the decision as overdue, pointing to cracks visible from the "
            + "river path for years. Others said the council had ignored earlier warnings and left the town "
            + "with no plan for the traffic that will now pour through the narrow streets of the old quarter.",
        "Traffic engineers expect queues on the ring road to grow by up to twenty minutes at peak times. The "
            + "council will add bus lanes and change the timing of traffic lights on the three main junctions "
            + "before the closure, and it will review the plan after the first six months.",
        "Opposition councillors said the vote showed years of neglect. Their leader, Prof. Anna Lindqvist, "
            + "said the bridge had been inspected only twice in a decade and called for an independent review "
            + "of how the council maintains its roads, tunnels and bridges.",
    };

    private Summarizer summarizer;
    private List<String> article;

    @Setup
    public void setUp() {
        summarizer = new Summarizer(SummaryOptions.DEFAULT);
        article = new ArrayList<>();
        int chars = 0;
        for (int i = 0; chars < 4096; i++) {
            String paragraph = PARAGRAPHS[i % PARAGRAPHS.length];
            article.add(paragraph);
            chars += paragraph.length() + 2;
        }
    }

    @Benchmark
    public Summary summarize4KiB() {
        return summarizer.summarize(article);
    }
}
