package articleflow.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bucket side of related articles: articles filed under a term (or a near-duplicate band) meet here, and
 * each new member is scored against the others exactly (TF-IDF cosine of the two profiles, resemblance of the
 * two signatures). Every pair at or above the score threshold, or resembling enough to be a near-duplicate,
 * goes back to both articles' by-id partitions: the newcomer's pairs of one message together, each member its own.
 *
 * <p>A bucket is bounded: members further than the horizon behind its newest member are evicted, and beyond
 * {@link RelatedSettings#bucketCap()} members the earliest published go first (by published_at, then id, not by
 * arrival, so a late article does not push out newer ones). A term whose bucket had to evict for the cap within
 * an article's horizon is common in that window and produces no candidates for it; the article is still filed.
 * Work per message is bounded by the cap, whatever the number of articles indexed. A message may file the newcomer in
 * several buckets of this partition; a member it meets in more than one of them is scored once.
 */
public final class CandidateBuckets {

    private static final Comparator<BucketMember> EARLIEST_FIRST =
            Comparator.comparingLong(BucketMember::publishedAtMillis).thenComparing(BucketMember::id);

    private final RelatedSettings settings;
    private final BucketStore store;

    public CandidateBuckets(RelatedSettings settings, BucketStore store) {
        this.settings = settings;
        this.store = store;
    }

    /**
     * Applies one message and returns the pair scores it produces, for the articles' partitions: the newcomer's
     * pairs together (in messages of at most {@link ArticleMessage.PairScores#MAX_SCORES}), then each member's.
     */
    public List<ArticleMessage> receive(BucketMessage message) {
        if (message instanceof BucketMessage.Insert insert) {
            BucketMember newcomer = insert.member();
            Pairs pairs = new Pairs(newcomer);
            // a member met in several of the newcomer's buckets is paired with it once
            Set<String> pairedIds = new HashSet<>();
            BucketMember filed = newcomer;
            if (newcomer.profile().size() > 0 && keep(newcomer)) {
                filed = newcomer.reference();
            }
            for (String key : insert.bucketKeys()) {
                insert(key, newcomer, filed, pairedIds, pairs);
            }
            return pairs.messages();
        }
        BucketMessage.Removal removal = (BucketMessage.Removal) message;
        for (String key : removal.bucketKeys()) {
            for (BucketMember member : membersOf(key, store.state(key))) {
                if (member.id().equals(removal.id()) && member.version() < removal.version()) {
                    remove(key, member);
                }
            }
        }
        return List.of();
    }

    /**
     * Keeps the newcomer's whole member for its term buckets here, unless a version as new is kept already (a stale
     * message): then its buckets get the whole member, as they did before references, and turn it away as stale.
     */
    private boolean keep(BucketMember newcomer) {
        BucketMember kept = store.article(newcomer.id(), newcomer.publishedAtMillis());
        if (kept != null && kept.version() >= newcomer.version()) {
            return false;
        }
        store.putArticle(newcomer);
        return true;
    }

    /** Takes a member out of a bucket, and the whole member it refers to (other buckets' references go with it). */
    private void remove(String key, BucketMember member) {
        store.remove(key, member.id());
        if (member.isReference() && whole(member) != null) {
            store.removeArticle(member.id(), member.publishedAtMillis());
        }
    }

    /**
     * The whole member a bucket entry stands for: itself, or the one its reference names; null when that is gone
     * (its version retired, or past the horizon), and then there is nothing to pair with.
     */
    private BucketMember whole(BucketMember member) {
        if (!member.isReference()) {
            return member;
        }
        BucketMember kept = store.article(member.id(), member.publishedAtMillis());
        return kept != null && kept.version() == member.version() ? kept : null;
    }

    /**
     * Files the newcomer in one bucket ({@code filed}: itself, or a reference to it in a term bucket), pairing it
     * with the members not {@code paired} already.
     */
    private void insert(String key, BucketMember newcomer, BucketMember filed, Set<String> paired, Pairs pairs) {
        BucketState state = store.state(key);
        List<BucketMember> members = membersOf(key, state);
        for (BucketMember member : members) {
            if (member.id().equals(newcomer.id())) {
                if (member.version() >= newcomer.version()) {
                    return;
                }
                remove(key, member);
                members.remove(member);
                break;
            }
        }
        long horizon = settings.horizonMillis();
        boolean common = state.saturatedThroughMillis() != Long.MIN_VALUE
                && state.saturatedThroughMillis() >= newcomer.publishedAtMillis() - horizon;
        if (!common) {
            for (BucketMember member : members) {
                if (Math.abs(member.publishedAtMillis() - newcomer.publishedAtMillis()) <= horizon
                        && paired.add(member.id() + '@' + member.version())) {
                    BucketMember whole = whole(member);
                    if (whole != null) {
                        pair(whole, pairs);
                    }
                }
            }
        }
        store.put(key, filed);
        members.add(filed);
        long newest = Math.max(state.newestPublishedMillis(), newcomer.publishedAtMillis());
        long saturated = state.saturatedThroughMillis();
        members.sort(EARLIEST_FIRST);
        int first = 0;
        // the whole member of one evicted for time or the cap stays: the article's other buckets, whose clocks may be
        // behind this one's, can still refer to it (it goes with the partition's horizon: evictBefore)
        while (first < members.size() && members.get(first).publishedAtMillis() < newest - horizon) {
            store.remove(key, members.get(first++).id());
        }
        while (members.size() - first > settings.bucketCap()) {
            BucketMember evicted = members.get(first++);
            store.remove(key, evicted.id());
            saturated = Math.max(saturated, evicted.publishedAtMillis());
        }
        store.putState(key, new BucketState(newest, saturated));
    }

    /**
     * The members of a bucket, read only when it has a state: a bucket gets its state with its first member and
     * loses it only once empty, so one without has none. Most near-duplicate band buckets are such (only copies
     * share a band), and a point read costs less than opening a range.
     */
    private List<BucketMember> membersOf(String key, BucketState state) {
        return state.equals(BucketState.EMPTY) ? new ArrayList<>() : new ArrayList<>(store.members(key));
    }

    private void pair(BucketMember member, Pairs pairs) {
        BucketMember newcomer = pairs.newcomer;
        double score = newcomer.profile().cosine(member.profile());
        double resemblance = newcomer.signature().resemblance(member.signature());
        if (score >= settings.minScore() && score > 0 || resemblance >= settings.duplicateResemblance()) {
            pairs.add(member, score, resemblance);
        }
    }

    /** The pairs one insert found: the newcomer's gathered, each member's on its own. */
    private static final class Pairs {
        private final BucketMember newcomer;
        private final Candidate newcomerAsCandidate;
        private final List<ArticleMessage.Score> toNewcomer = new ArrayList<>();
        private final List<ArticleMessage> toMembers = new ArrayList<>();

        Pairs(BucketMember newcomer) {
            this.newcomer = newcomer;
            this.newcomerAsCandidate = newcomer.asCandidate();
        }

        void add(BucketMember member, double score, double resemblance) {
            toNewcomer.add(new ArticleMessage.Score(member.asCandidate(), score, resemblance));
            toMembers.add(new ArticleMessage.PairScores(member.id(), member.version(), newcomerAsCandidate, score,
                    resemblance));
        }

        List<ArticleMessage> messages() {
            List<ArticleMessage> out = new ArrayList<>(toMembers.size() + 1);
            for (int from = 0; from < toNewcomer.size(); from += ArticleMessage.PairScores.MAX_SCORES) {
                out.add(new ArticleMessage.PairScores(newcomer.id(), newcomer.version(), toNewcomer.subList(from,
                        Math.min(toNewcomer.size(), from + ArticleMessage.PairScores.MAX_SCORES))));
            }
            out.addAll(toMembers);
            return out;
        }
    }

    /**
     * Evicts, in every bucket, the members published before {@code cutoffMillis} (stream time less the horizon),
     * and forgets buckets left empty: run now and then (a punctuator), so that buckets no article comes to again
     * do not keep their members for ever.
     */
    public void evictBefore(long cutoffMillis, Iterable<String> bucketKeys) {
        store.removeArticlesBefore(cutoffMillis);
        for (String key : bucketKeys) {
            for (BucketMember member : store.members(key)) {
                if (member.publishedAtMillis() < cutoffMillis) {
                    store.remove(key, member.id());
                }
            }
            BucketState state = store.state(key);
            if (store.members(key).isEmpty() && state.saturatedThroughMillis() < cutoffMillis) {
                store.putState(key, null);
            }
        }
    }
}
