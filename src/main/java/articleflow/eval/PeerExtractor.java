package articleflow.eval;

/**
 * Another article extractor to compare articleflow with; implementations are found with
 * {@link java.util.ServiceLoader} and ship only in the {@code peers} build.
 */
public interface PeerExtractor {

    String name();

    /** The article text of {@code html}, blocks separated by newlines. */
    String extract(String html, String url);

    /**
     * The title the extractor finds, a newline, then the article text: for benchmarks that count the title as
     * part of the text. Extractors that find no title return their text alone.
     */
    default String extractWithTitle(String html, String url) {
        return extract(html, url);
    }
}
