package articleflow.related;

/**
 * One article version filed in a bucket: what a pair score needs of it. In a term bucket it carries the
 * article's profile; in a near-duplicate band bucket its profile is empty and its link shows only the id, since
 * band buckets look for copies only. Size bounded: a link (bounded strings), at most
 * {@link RelatedSettings#profileTerms()} weighted terms and a 128-byte signature.
 */
public record BucketMember(ArticleLink link, long version, long publishedAtMillis, TermProfile profile,
                           MinHashSignature signature) {

    public String id() {
        return link.id();
    }

    Candidate asCandidate() {
        return new Candidate(link, version, publishedAtMillis, signature);
    }
}
