/**
 * Quality measurement: ROUGE as Google's rouge-score computes it ({@link articleflow.eval.Rouge},
 * {@link articleflow.eval.PorterStemmer}) and {@code eval summaries}
 * ({@link articleflow.eval.EvalSummariesCommand}) over the BBC News Summary dev set.
 */
package articleflow.eval;
