/**
 * Quality measurement: {@code eval extraction} scores articleflow's article extraction on the
 * article-extraction benchmark ({@link articleflow.eval.ExtractionScorer} is its metric) against
 * the whole-page baseline and any {@link articleflow.eval.PeerExtractor} on the classpath
 * (build with {@code -Ppeers} for readability4j and boilerpipe).
 */
package articleflow.eval;
