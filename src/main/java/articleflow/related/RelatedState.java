package articleflow.related;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the by-id partition keeps about one article for related links (store {@link RelatedStateStore}):
 * its current version and where it is filed, its list (top-k plus spares, best first), the near-duplicates it
 * has met, the articles it was paired with (to retract its links from them) and fences against stale versions
 * of others. Every collection is bounded by {@link RelatedSettings}. A withdrawn article keeps a small state so
 * that late pairs naming it are answered with a retraction.
 */
public final class RelatedState {

    /** Near-duplicates remembered per article: the earliest ones, which decide {@code duplicate_of}. */
    public static final int MAX_DUPLICATES = 16;
    /** Fences remembered per article; a fence only matters while messages of an old version are in flight. */
    public static final int MAX_FENCES = 64;

    /** An article this one was paired with, at that article's version, and the pair's score. */
    public record Partner(long version, double score) {
    }

    final String id;
    final long version;
    final boolean withdrawn;
    final String language;
    final long publishedAtMillis;
    final MinHashSignature signature;
    final List<String> bucketKeys;
    final List<String> keywords;
    final List<RelatedEntry> entries;
    final List<Candidate> duplicates;
    final LinkedHashMap<String, Long> fences;
    final LinkedHashMap<String, Partner> partners;

    public RelatedState(String id, long version, boolean withdrawn, String language, long publishedAtMillis,
                        MinHashSignature signature, List<String> bucketKeys, List<String> keywords,
                        List<RelatedEntry> entries, List<Candidate> duplicates, Map<String, Long> fences,
                        Map<String, Partner> partners) {
        this.id = id;
        this.version = version;
        this.withdrawn = withdrawn;
        this.language = language;
        this.publishedAtMillis = publishedAtMillis;
        this.signature = signature;
        this.bucketKeys = new ArrayList<>(bucketKeys);
        this.keywords = new ArrayList<>(keywords);
        this.entries = new ArrayList<>(entries);
        this.duplicates = new ArrayList<>(duplicates);
        this.fences = new LinkedHashMap<>(fences);
        this.partners = new LinkedHashMap<>(partners);
    }

    /** A deep-enough copy: the collections are new, their elements immutable. */
    public RelatedState copy() {
        return new RelatedState(id, version, withdrawn, language, publishedAtMillis, signature, bucketKeys, keywords,
                entries, duplicates, fences, partners);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public String language() {
        return language;
    }

    public long publishedAtMillis() {
        return publishedAtMillis;
    }

    public MinHashSignature signature() {
        return signature;
    }

    public List<String> bucketKeys() {
        return List.copyOf(bucketKeys);
    }

    public List<String> keywords() {
        return List.copyOf(keywords);
    }

    public List<RelatedEntry> entries() {
        return List.copyOf(entries);
    }

    public List<Candidate> duplicates() {
        return List.copyOf(duplicates);
    }

    public Map<String, Long> fences() {
        return Map.copyOf(fences);
    }

    /** The fences oldest first, as they are dropped when there are too many: what a store must keep in order. */
    public Map<String, Long> orderedFences() {
        return java.util.Collections.unmodifiableMap(fences);
    }

    public Map<String, Partner> partners() {
        return Map.copyOf(partners);
    }

    /** The partners in the order they were paired, which decides which is forgotten first. */
    public Map<String, Partner> orderedPartners() {
        return java.util.Collections.unmodifiableMap(partners);
    }
}
