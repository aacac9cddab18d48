package articleflow.eval;

/** Precision, recall and F1 of one ROUGE measure on one document. */
public record RougeScore(double precision, double recall, double f1) {

    static final RougeScore ZERO = new RougeScore(0, 0, 0);

    static RougeScore of(double precision, double recall) {
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new RougeScore(precision, recall, f1);
    }
}
