package articleflow.related;

import java.time.Duration;

/**
 * The knobs of related articles, near-duplicates and keywords, with principled defaults (none tuned to single
 * articles of a data set).
 *
 * @param listSize related links shown per article (k)
 * @param spares links kept beyond k, to fill the gap when a listed article is withdrawn or corrected
 * @param minScore a pair scoring below this TF-IDF cosine is never a related link
 * @param horizon articles further apart than this by published_at are never linked
 * @param profileTerms the weighted terms an article's profile carries to the term buckets (bounds the message)
 * @param blockTerms how many of the article's best terms it is filed under (its blocking keys)
 * @param bucketCap members a bucket keeps; a bucket that had to evict for the cap within an article's horizon
 *     is a common term and produces no candidates for it
 * @param keywords keywords per article
 * @param duplicateResemblance estimated shingle resemblance (Jaccard) from which two texts are near-duplicates
 * @param bands LSH bands of the MinHash signature, each of {@code MinHashSignature.SIZE / bands} rows
 * @param maxDistinctTerms distinct terms per article kept for document frequencies
 * @param maxPartners articles remembered as having been paired with an article (to retract its links)
 */
public record RelatedSettings(int listSize, int spares, double minScore, Duration horizon, int profileTerms,
                              int blockTerms, int bucketCap, int keywords, double duplicateResemblance, int bands,
                              int maxDistinctTerms, int maxPartners) {

    public static final RelatedSettings DEFAULT = new RelatedSettings(5, 10, 0.1, Duration.ofDays(30), 128, 10, 256, 8,
            0.5, 16, 1000, 1024);

    public RelatedSettings {
        if (listSize < 1 || spares < 0 || profileTerms < 1 || blockTerms < 1 || blockTerms > profileTerms
                || bucketCap < 1 || keywords < 0 || maxDistinctTerms < profileTerms || maxPartners < 1) {
            throw new IllegalArgumentException("related settings out of range: listSize=" + listSize + " spares="
                    + spares + " profileTerms=" + profileTerms + " blockTerms=" + blockTerms + " bucketCap="
                    + bucketCap + " keywords=" + keywords + " maxDistinctTerms=" + maxDistinctTerms);
        }
        if (!(minScore >= 0 && minScore <= 1) || !(duplicateResemblance > 0 && duplicateResemblance <= 1)) {
            throw new IllegalArgumentException("minScore and duplicateResemblance are in [0, 1]");
        }
        if (horizon == null || horizon.isNegative()) {
            throw new IllegalArgumentException("horizon must be a non-negative duration");
        }
        if (bands < 1 || MinHashSignature.SIZE % bands != 0) {
            throw new IllegalArgumentException("bands must divide " + MinHashSignature.SIZE + ": " + bands);
        }
    }

    public long horizonMillis() {
        return horizon.toMillis();
    }

    /** How many entries an article's list keeps: the k shown and the spares. */
    public int listCapacity() {
        return listSize + spares;
    }

    public RelatedSettings withListSize(int k) {
        return new RelatedSettings(k, spares, minScore, horizon, profileTerms, blockTerms, bucketCap, keywords,
                duplicateResemblance, bands, maxDistinctTerms, maxPartners);
    }

    public RelatedSettings withHorizon(Duration h) {
        return new RelatedSettings(listSize, spares, minScore, h, profileTerms, blockTerms, bucketCap, keywords,
                duplicateResemblance, bands, maxDistinctTerms, maxPartners);
    }

    public RelatedSettings withMinScore(double s) {
        return new RelatedSettings(listSize, spares, s, horizon, profileTerms, blockTerms, bucketCap, keywords,
                duplicateResemblance, bands, maxDistinctTerms, maxPartners);
    }

    public RelatedSettings withDuplicateResemblance(double r) {
        return new RelatedSettings(listSize, spares, minScore, horizon, profileTerms, blockTerms, bucketCap, keywords,
                r, bands, maxDistinctTerms, maxPartners);
    }

    public RelatedSettings withBucketCap(int cap) {
        return new RelatedSettings(listSize, spares, minScore, horizon, profileTerms, blockTerms, cap, keywords,
                duplicateResemblance, bands, maxDistinctTerms, maxPartners);
    }

    public RelatedSettings withProfile(int terms, int block) {
        return new RelatedSettings(listSize, spares, minScore, horizon, terms, block, bucketCap, keywords,
                duplicateResemblance, bands, Math.max(maxDistinctTerms, terms), maxPartners);
    }
}
