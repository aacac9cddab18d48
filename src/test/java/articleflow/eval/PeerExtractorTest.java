package articleflow.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PeerExtractorTest {

    @Test
    void shouldKeepAWellFormedAddressAsItIs() {
        assertEquals("https://example.org/news/a?id=1", PeerExtractor.baseUri("https://example.org/news/a?id=1"));
    }

    @Test
    void shouldTrimAndEncodeTheSpacesBenchmarkAddressesCarry() {
        assertEquals("https://example.org/news/a", PeerExtractor.baseUri("https://example.org/news/a "));
        assertEquals("https://example.org/news-artikel%20tx=detail",
                PeerExtractor.baseUri("https://example.org/news-artikel tx=detail"));
    }

    @Test
    void shouldFallBackToAPlaceholderForMissingRelativeOrMalformedAddresses() {
        assertEquals("http://localhost/", PeerExtractor.baseUri(null));
        assertEquals("http://localhost/", PeerExtractor.baseUri("  "));
        assertEquals("http://localhost/", PeerExtractor.baseUri("/news/a"));
        assertEquals("http://localhost/", PeerExtractor.baseUri("https://example.org/a|b<c>"));
    }
}
