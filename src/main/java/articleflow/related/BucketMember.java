package articleflow.related;

/**
 * One article version filed in a bucket: what a pair score needs of it. A bucket partition keeps the whole member
 * once per article ({@link BucketStore#article}); its term buckets hold a {@link #reference()} to it, with neither
 * profile nor signature. In a near-duplicate band bucket its profile is empty and its link shows only the id, since
 * band buckets look for copies only. Size bounded: a link (bounded strings), at most
 * {@link RelatedSettings#profileTerms()} weighted terms and a 128-byte signature.
 */
public record BucketMember(ArticleLink link, long version, long publishedAtMillis, TermProfile profile,
                           MinHashSignature signature) {

    public String id() {
        return link.id();
    }

    /**
     * What a term bucket holds of this version: its id, version and publication time, which name the whole member
     * kept once in the partition. Without it, a member was written to the store and its changelog once per bucket,
     * profile and all (about ten times per article).
     */
    public BucketMember reference() {
        return new BucketMember(new ArticleLink(id(), "", null, link.publishedAt(), null), version, publishedAtMillis,
                TermProfile.EMPTY, MinHashSignature.NONE);
    }

    /**
     * Whether this is a {@link #reference()}: a member with neither profile nor signature. A whole term member has a
     * profile (its bucket is one of its profile's terms) and a band member a signature (its band is part of one).
     */
    public boolean isReference() {
        return profile.size() == 0 && signature.values().length == 0;
    }

    Candidate asCandidate() {
        return new Candidate(link, version, publishedAtMillis, signature);
    }
}
