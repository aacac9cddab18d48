package articleflow.eval;

import java.util.List;

/**
 * Counts of judged segments for one page or summed over many: {@code with} segments found (tp) or missed
 * (fn), {@code without} segments wrongly kept (fp) or rightly left out (tn); for a page, which ones went wrong.
 */
public record SegmentScore(int tp, int fn, int fp, int tn, List<String> missed, List<String> kept) {

    public static final SegmentScore ZERO = new SegmentScore(0, 0, 0, 0, List.of(), List.of());

    public SegmentScore {
        missed = List.copyOf(missed);
        kept = List.copyOf(kept);
    }

    /** The sum of the counts; the lists of segments are left behind, they belong to single pages. */
    public SegmentScore plus(SegmentScore other) {
        return new SegmentScore(tp + other.tp, fn + other.fn, fp + other.fp, tn + other.tn, List.of(), List.of());
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** 2tp / (2tp + fp + fn), which is the harmonic mean of the two above. */
    public double f1() {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Segments judged wrongly: what the worst-pages list sorts by. */
    public int errors() {
        return fn + fp;
    }
}
