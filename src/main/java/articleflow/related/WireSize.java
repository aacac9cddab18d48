package articleflow.related;

import java.nio.charset.StandardCharsets;

/**
 * The size of messages and state entries in a compact binary encoding (strings as a 2-byte length and UTF-8,
 * numbers at their width), to state and check the bounds; a JSON serde is about twice as large.
 */
public final class WireSize {

    private WireSize() {
    }

    static int of(String s) {
        return 2 + (s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length);
    }

    public static int of(ArticleLink link) {
        return of(link.id()) + of(link.title()) + of(link.url()) + of(link.publishedAt()) + of(link.source());
    }

    public static int of(TermProfile profile) {
        return 2 + profile.size() * (8 + 4);
    }

    public static int of(MinHashSignature signature) {
        return 1 + signature.values().length * 2;
    }

    public static int of(Candidate c) {
        return of(c.link()) + 8 + 8 + of(c.signature());
    }

    public static int of(BucketMember m) {
        return of(m.link()) + 8 + 8 + of(m.profile()) + of(m.signature());
    }

    public static int of(BucketMessage message) {
        int keys = 4;
        for (String key : message.bucketKeys()) {
            keys += of(key);
        }
        if (message instanceof BucketMessage.Insert insert) {
            return 1 + keys + of(insert.member());
        }
        BucketMessage.Removal removal = (BucketMessage.Removal) message;
        return 1 + keys + of(removal.id()) + 8;
    }

    public static int of(ArticleMessage message) {
        if (message instanceof ArticleMessage.PairScores pairs) {
            return 1 + ofPairScores(pairs);
        }
        if (message instanceof ArticleMessage.PairBatch batch) {
            int size = 1 + 4;
            for (ArticleMessage.PairScores pairs : batch.pairs()) {
                size += ofPairScores(pairs);
            }
            return size;
        }
        ArticleMessage.Retraction r = (ArticleMessage.Retraction) message;
        return 1 + of(r.targetId()) + of(r.retractedId()) + 8;
    }

    private static int ofPairScores(ArticleMessage.PairScores pairs) {
        int size = of(pairs.targetId()) + 8 + 4;
        for (ArticleMessage.Score pair : pairs.scores()) {
            size += of(pair.candidate()) + 8 + 8;
        }
        return size;
    }

    public static int of(IndexedTerms terms) {
        return of(terms.id()) + 8 + of(terms.language()) + 8 + 4 + terms.terms().length * 8;
    }

    public static int of(RelatedState s) {
        int size = of(s.id) + 8 + 1 + of(s.language) + 8 + of(s.signature);
        for (String k : s.bucketKeys) {
            size += of(k);
        }
        for (String k : s.keywords) {
            size += of(k);
        }
        for (RelatedEntry e : s.entries) {
            size += of(e.candidate()) + 8;
        }
        for (Candidate d : s.duplicates) {
            size += of(d);
        }
        for (String f : s.fences.keySet()) {
            size += of(f) + 8;
        }
        for (String p : s.partners.keySet()) {
            size += of(p) + 8 + 8;
        }
        return size;
    }
}
