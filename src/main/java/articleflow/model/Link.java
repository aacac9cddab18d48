package articleflow.model;

/** A pointer from one enriched article to a neighbouring one: what a reader needs to render the link. */
public record Link(String id, String title, String url, String publishedAt) {
}
