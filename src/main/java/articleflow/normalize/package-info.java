/**
 * The normalize stage: an article body, plain text or HTML, becomes its title and clean paragraphs.
 * {@link articleflow.normalize.Normalizer} is the entry point; for HTML it prunes the page
 * ({@code PagePruner}), splits it into text blocks ({@code HtmlText}), finds the article among them
 * ({@code MainContent}, {@code ClassHints}); for all input it cleans the text ({@code TextCleaner}) and
 * strips known page furniture ({@code KnownFurniture}). Plain Java: nothing here imports Kafka.
 */
package articleflow.normalize;
