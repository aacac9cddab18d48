/**
 * Text analysis shared by related articles, keywords and summarize: the language of a text
 * ({@link articleflow.analysis.LanguageDetector}, ISO 639-1 or "und"), Lucene's per-language
 * tokenising, stop words and stemming, with each stem's readable surface form
 * ({@link articleflow.analysis.TextAnalyzer}), and hashes that stay the same across JVMs and versions
 * ({@link articleflow.analysis.StableHash}). Plain Java, no Kafka.
 */
package articleflow.analysis;
