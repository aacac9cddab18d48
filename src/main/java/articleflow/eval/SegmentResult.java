package articleflow.eval;

import java.util.Map;

/** One extractor's score on every page of a segment-judged benchmark, by page id. */
public record SegmentResult(String name, Map<String, SegmentScore> pages) {

    /** The counts summed over all pages, as trafilatura's evaluation reports them. */
    public SegmentScore total() {
        SegmentScore sum = SegmentScore.ZERO;
        for (SegmentScore page : pages.values()) {
            sum = sum.plus(page);
        }
        return sum;
    }
}
