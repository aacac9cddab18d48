package articleflow.bench;

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
import org.openjdk.jmh.annotations.Warmup;

import articleflow.model.ContentType;
import articleflow.normalize.NormalizedText;
import articleflow.normalize.Normalizer;

/**
 * Normalize throughput on the budget's two shapes: 4 KiB of plain text and a 32 KiB HTML page with
 * the usual furniture around the article. The budget (normalize + summarize) is 5,000 plain
 * articles/s and 1,500 HTML pages/s on one core; normalize alone should use a small share of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizeBenchmark {

    private static final String[] SENTENCES = {
        "The harbour ferry went back into service on Tuesday after four months in dry dock, the port authority said.",
        "Engineers replaced both engines, which the authority says will cut fuel use by a third.",
        "Commuters who subscribe to the monthly pass will keep their current price until the end of the year.",
        "The operator plans a later last sailing on Fridays and Saturdays from the spring.",
        "Island businesses said the winter detour had cost them customers and time.",
        "A council spokesperson described the refit as overdue but welcome.",
        "Passengers will find heated seating, wider doors for bicycles and a quieter deck.",
        "Fares rise in line with inflation next year, the operator confirmed on Monday."
    };

    private final Normalizer normalizer = new Normalizer();
    private String plainText;
    private String htmlPage;

    @Setup
    public void setUp() {
        plainText = plainArticle(4 * 1024);
        htmlPage = htmlPage(32 * 1024);
    }

    @Benchmark
    public NormalizedText plainText4KiB() {
        return normalizer.normalize("Harbour Ferry Returns After Winter Repairs", plainText, ContentType.PLAIN);
    }

    @Benchmark
    public NormalizedText htmlPage32KiB() {
        return normalizer.normalize(null, htmlPage, ContentType.HTML);
    }

    static String plainArticle(int size) {
        StringBuilder text = new StringBuilder("Harbour Ferry Returns After Winter Repairs\n\nNo time to read?\nGet a summary\n\n");
        for (int i = 0; text.length() < size - 200; i++) {
            text.append(SENTENCES[i % SENTENCES.length]).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return text.append("\n\nPrevious Article\n\nTown Council Approves New Cycle Lanes\n\n").toString();
    }

    static String htmlPage(int size) {
        StringBuilder html = new StringBuilder(size + 1024)
                .append("<!DOCTYPE html><html><head><title>Harbour Ferry Returns | Example News</title>")
                .append("<script>window.dataLayer = [{\"section\": \"local\"}];</script>")
                .append("<style>.menu { display: flex } .article p { margin: 0 }</style></head><body>")
                .append("<header class=\"site-header\"><nav class=\"menu\"><ul>");
        for (int i = 0; i < 30; i++) {
            html.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        html.append("</ul></nav></header><div class=\"layout\"><main><article class=\"article\">")
                .append("<h1>Harbour Ferry Returns After Winter Repairs</h1>")
                .append("<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>");
        int articleEnd = size * 2 / 3;
        for (int i = 0; html.length() < articleEnd; i++) {
            html.append(i % 7 == 6 ? "<h2>" : "<p>");
            for (int s = 0; s < (i % 7 == 6 ? 1 : 3); s++) {
                String sentence = SENTENCES[(i + s) % SENTENCES.length];
                html.append(i % 7 == 6 ? sentence.substring(0, 40) : sentence).append(' ');
            }
            html.append(i % 7 == 6 ? "</h2>" : i % 4 == 0 ? "<a href=\"/more\">more</a>&nbsp;&amp; more</p>" : "</p>");
        }
        html.append("<p>Previous Article</p><p><a href=\"/a/1\">Town Council Approves New Cycle Lanes</a></p>")
                .append("</article></main><aside class=\"sidebar\"><h3>Most read</h3><ul>");
        for (int i = 0; html.length() < size - 600; i++) {
            html.append("<li><a href=\"/story/").append(i).append("\">").append(SENTENCES[i % SENTENCES.length], 0, 50)
                    .append("</a></li>");
        }
        html.append("</ul></aside></div><div id=\"comments\"><p>Great news, finally.</p></div>")
                .append("<footer><p>© Example News</p><!-- rendered in 12ms --></footer></body></html>");
        return html.toString();
    }
}
