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

    /** Self-written article text: about 4 KiB of distinct paragraphs, cycled only if it falls short. */
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
        "The harbour district has changed a great deal since the bridge opened. Warehouses along the quay "
            + "became flats and restaurants in the 1990s, and a weekly fish market now draws visitors from "
            + "across the county on Saturday mornings.",
        "Market traders said most of their customers arrive by car from the northern suburbs. \"If they "
            + "have to drive round by the ring road, many of them simply won't come,\" said Tom Reyes, who has "
            + "sold fish on the quay for 22 years.",
        "The regional transport authority said it would study whether a second ferry could run at weekends. "
            + "A ferry crossing takes about eight minutes, compared with two minutes by car over the bridge.",
        "Schools on the southern bank have written to parents about longer journeys. About 600 pupils cross "
            + "the bridge each day, most of them by bus, and head teachers asked for extra buses at the start "
            + "and end of the school day.",
        "Emergency services said response times to the harbour district could rise by several minutes. The "
            + "fire service plans to station one engine on the southern bank while the bridge is closed.",
        "Engineers will fit sensors to the bridge this winter to track how its supports move under load, so "
            + "that the council can decide whether buses may keep using it until the new bridge opens.",
    };

    private Summarizer summarizer;
    private List<String> article;

    @Setup
    public void setUp() {
        summarizer = new Summarizer(SummaryOptions.DEFAULT);
        article = paragraphsOf(4096);
    }

    /** About {@code size} characters of the self-written story, as paragraphs. */
    static List<String> paragraphsOf(int size) {
        List<String> paragraphs = new ArrayList<>();
        int chars = 0;
        for (int i = 0; chars < size; i++) {
            String paragraph = PARAGRAPHS[i % PARAGRAPHS.length];
            paragraphs.add(paragraph);
            chars += paragraph.length() + 2;
        }
        return paragraphs;
    }

    /** The same story as one plain-text body, paragraphs separated by blank lines. */
    static String articleOf(int size) {
        return String.join("\n\n", paragraphsOf(size));
    }

    @Benchmark
    public Summary summarize4KiB() {
        return summarizer.summarize(article);
    }
}
