package articleflow.eval;

import java.util.Map;

/** One extractor's scores over the benchmark: means over pages, and each page's own score. */
public record ExtractorResult(String name, double precision, double recall, Map<String, ExtractionScore> pages) {

    /** F1 from the two means, as the benchmark reports it. */
    public double f1() {
        return ExtractionScorer.f1(precision, recall);
    }
}
