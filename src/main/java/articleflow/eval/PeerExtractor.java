package articleflow.eval;

import java.net.URI;
import java.net.URISyntaxException;

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

    /**
     * {@code url} as a base URI that {@link URI} accepts, for extractors that resolve links against it: benchmark
     * pages' addresses may carry spaces (percent-encoded here) or be missing or malformed (a placeholder then), and
     * a peer that logs an error trace for each such page buries the figures.
     */
    static String baseUri(String url) {
        String candidate = url == null ? "" : url.strip().replace(" ", "%20");
        if (candidate.isEmpty()) {
            return "http://localhost/";
        }
        try {
            URI uri = new URI(candidate);
            return uri.isAbsolute() ? candidate : "http://localhost/";
        } catch (URISyntaxException e) {
            return "http://localhost/";
        }
    }
}
