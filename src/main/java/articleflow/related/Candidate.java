package articleflow.related;

/** The other article of a pair, as the receiving article will list it: its link, version, time and signature. */
public record Candidate(ArticleLink link, long version, long publishedAtMillis, MinHashSignature signature) {

    public String id() {
        return link.id();
    }
}
