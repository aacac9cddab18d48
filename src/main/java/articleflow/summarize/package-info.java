/**
 * The summarize stage: plain Java, no Kafka. {@link articleflow.summarize.SentenceSplitter} cuts
 * paragraphs into sentences (exact substrings); {@link articleflow.summarize.Summarizer} ranks them by
 * TextRank centrality over content-word overlap plus a light lede prior, drops fragments, bullets,
 * photo credits and near duplicates, and keeps the best few within a soft word budget
 * ({@link articleflow.summarize.SummaryOptions}), in article order.
 */
package articleflow.summarize;
