package articleflow.summarize;

/**
 * A sentence of the article as the ranker sees it.
 *
 * @param text the exact sentence text
 * @param position its index among all sentences of the article
 * @param paragraph the index of its paragraph
 * @param words how many whitespace-separated words it has
 * @param terms its content terms as article-local ids, in order, repeats kept
 */
record Sentence(String text, int position, int paragraph, int words, int[] terms) {
}
