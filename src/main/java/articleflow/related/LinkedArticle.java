package articleflow.related;

/** One related link of an enriched article: the linked article and how similar it is (TF-IDF cosine). */
public record LinkedArticle(String id, String title, String url, String publishedAt, String source, double score) {

    static LinkedArticle of(ArticleLink link, double score) {
        return new LinkedArticle(link.id(), link.title(), link.url(), link.publishedAt(), link.source(), score);
    }
}
