/**
 * Measuring related links and near-duplicates: ranking measures against story labels
 * ({@link articleflow.related.quality.RankingScores}), the plain batch TF-IDF baseline
 * ({@link articleflow.related.quality.BatchBaseline}) and the near-duplicate self-test on articles written for
 * it ({@link articleflow.related.quality.DuplicateSelfTest}).
 */
package articleflow.related.quality;
