/**
 * Related coverage of the same story, near-duplicates and keywords: plain Java, no Kafka, every piece of state
 * behind a small store interface (a Kafka Streams store in production, a map in tests).
 *
 * <p>By article id ({@link articleflow.related.RelatedArticles}): an article version is analysed
 * ({@link articleflow.related.ArticleTerms}), its distinct terms are stored ({@link articleflow.related.IndexedTermsStore})
 * and counted into this partition's in-memory document frequencies
 * ({@link articleflow.related.PartitionDocumentFrequencies}), and its profile, block terms and keywords are
 * derived ({@link articleflow.related.ArticleProfile}). It is filed in its term buckets and near-duplicate band
 * buckets ({@link articleflow.related.BucketMessage}, one message per partition that holds some of them:
 * {@link articleflow.related.BucketMessages}); each bucket ({@link articleflow.related.CandidateBuckets})
 * scores the newcomer exactly against its members and sends every pair to both ends (the newcomer's together:
 * {@link articleflow.related.ArticleMessage.PairScores}), where it enters the article's list
 * ({@link articleflow.related.RelatedState}: top-k plus spares). A correction or withdrawal retracts what the old
 * version contributed ({@link articleflow.related.ArticleMessage.Retraction}); versions and fences make the
 * outcome independent of how messages cross. {@link articleflow.related.StreamingSimulator} runs it all over N
 * simulated partitions.
 */
package articleflow.related;
