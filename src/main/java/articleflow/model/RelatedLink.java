package articleflow.model;

/** A related article with its similarity score. */
public record RelatedLink(String id, String title, String url, String publishedAt, double score) {
}
