package articleflow.eval;

/** How well one extracted text matches the true article body, as shares of all shingles compared. */
public record ExtractionScore(double tp, double fp, double fn) {

    /** Nothing extracted and nothing expected is a perfect score; nothing matched scores zero. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 ? 0 : tp / (tp + fn);
    }

    public double f1() {
        return ExtractionScorer.f1(precision(), recall());
    }
}
