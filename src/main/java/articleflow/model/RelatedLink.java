package articleflow.model;

/** A related article: what a reader needs to render the link, its publisher, and how similar it is (0–1). */
public record RelatedLink(String id, String title, String url, String publishedAt, String source, double score) {
}
