package articleflow.topology.wire;

import articleflow.model.Link;
import java.util.List;

/**
 * What the by-id stage tells the by-source stages (learned furniture, then the feed) about one article:
 * a new version to place in its publisher's feed, or its removal. Travels on the {@code articles-by-source}
 * repartition topic, keyed by source.
 *
 * @param draftVersion            the by-id stage's version counter, echoed in the reply so a stale reply is ignored
 * @param paragraphFingerprints   {@code LineFingerprint} of each normalized paragraph, in order
 * @param paragraphWords          word count of each paragraph, in order
 */
public record FeedRequest(
        Kind kind,
        String id,
        String source,
        String title,
        String url,
        String publishedAt,
        long publishedAtMillis,
        long draftVersion,
        List<Long> paragraphFingerprints,
        List<Integer> paragraphWords) {

    public enum Kind { UPSERT, REMOVE }

    public FeedRequest {
        paragraphFingerprints = paragraphFingerprints == null ? List.of() : List.copyOf(paragraphFingerprints);
        paragraphWords = paragraphWords == null ? List.of() : List.copyOf(paragraphWords);
    }

    public static FeedRequest remove(String id, String source) {
        return new FeedRequest(Kind.REMOVE, id, source, null, null, null, 0, 0, List.of(), List.of());
    }

    public Link asLink() {
        return new Link(id, title, url, publishedAt);
    }
}
