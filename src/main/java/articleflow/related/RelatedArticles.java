package articleflow.related;

import articleflow.analysis.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The by-id side of related articles, near-duplicates and keywords, keyed by article id like the enriched
 * record. It analyses a new article version, files it in its term and band buckets, keeps its list of related
 * articles as pair scores come back, and retracts what an article contributed when it is corrected or withdrawn.
 *
 * <p>Liveness under races rests on versions: every pair names both articles' versions. A pair that names an old
 * version of the receiving article is answered with a {@link ArticleMessage.Retraction} to the other end, which
 * may already have listed it; a retraction leaves a fence, so a stale pair that arrives after it is refused.
 * Whatever order messages cross in, once the pipeline is idle no list names an old version.
 */
public final class RelatedArticles {

    /** Best first: score, then id, so that ties are the same in every run. */
    static final Comparator<RelatedEntry> BEST_FIRST =
            Comparator.comparingDouble((RelatedEntry e) -> -e.score()).thenComparing(RelatedEntry::id);
    private static final Comparator<Candidate> EARLIEST_FIRST =
            Comparator.comparingLong(Candidate::publishedAtMillis).thenComparing(Candidate::id);

    private final RecentAnalyses analyses;
    private final RelatedSettings settings;
    private final IndexedTermsStore terms;
    private final RelatedStateStore states;
    /** Counts each version as it is indexed; null when a {@link TermCounter} upstream counted it on acceptance. */
    private final TermCounter counter;

    /** Counts each article version into {@code frequencies} when it is indexed. */
    public RelatedArticles(TextAnalyzer analyzer, RelatedSettings settings, DocumentFrequencies frequencies,
                           IndexedTermsStore terms, RelatedStateStore states) {
        this(RecentAnalyses.none(analyzer), settings, terms, states,
                new TermCounter(analyzer, settings, frequencies, terms));
    }

    private RelatedArticles(RecentAnalyses analyses, RelatedSettings settings, IndexedTermsStore terms,
                            RelatedStateStore states, TermCounter counter) {
        this.analyses = Objects.requireNonNull(analyses);
        this.settings = Objects.requireNonNull(settings);
        this.terms = Objects.requireNonNull(terms);
        this.states = Objects.requireNonNull(states);
        this.counter = counter;
    }

    /**
     * Indexes versions that a {@link TermCounter} counted when they were accepted, weighing each with the
     * frequencies of that moment; a version it has not counted (beyond the horizon already) is weighed as if its
     * partition had no other article.
     */
    public static RelatedArticles countedUpstream(TextAnalyzer analyzer, RelatedSettings settings,
                                                  IndexedTermsStore terms, RelatedStateStore states) {
        return countedUpstream(RecentAnalyses.none(analyzer), settings, terms, states);
    }

    /** As above, reusing the analysis the counter made of a version when it is of the same text. */
    public static RelatedArticles countedUpstream(RecentAnalyses analyses, RelatedSettings settings,
                                                  IndexedTermsStore terms, RelatedStateStore states) {
        return new RelatedArticles(analyses, settings, terms, states, null);
    }

    /**
     * Reads the current view of articles from their state ({@link #viewOf}) and nothing more: it never indexes,
     * so it keeps no terms (an empty store stands in for them).
     */
    public static RelatedArticles viewReader(RelatedSettings settings, RelatedStateStore states) {
        return countedUpstream(new TextAnalyzer(), settings, new InMemoryRelatedStores().terms(), states);
    }

    /** Indexes a new article or a correction; a version not newer than the one indexed is stale and ignored. */
    public RelatedOutcome index(ArticleInput article) {
        RelatedState old = states.get(article.id());
        if (old != null && old.version >= article.version()) {
            return RelatedOutcome.NOTHING;
        }
        List<BucketMessage> toBuckets = new ArrayList<>();
        List<ArticleMessage> toArticles = new ArrayList<>();
        ArticleTerms analysed = analyses.indexing(article.id(), article.version(), article.language(),
                article.title(), article.text());
        ArticleProfile profile;
        MinHashSignature signature = MinHashSignature.of(article.text());
        List<String> keys = new ArrayList<>();
        if (old != null) {
            retire(old, article.version(), toBuckets, toArticles);
        }
        profile = ArticleProfile.of(analysed, frequenciesFor(article, analysed), settings);
        BucketMember member = new BucketMember(article.link(), article.version(), article.publishedAtMillis(),
                profile.profile(), signature);
        for (String key : profile.blockKeys()) {
            toBuckets.add(new BucketMessage.Insert(key, member));
            keys.add(key);
        }
        // band buckets only look for copies: they need neither the profile nor what a link shows
        BucketMember copyProbe = new BucketMember(new ArticleLink(article.id(), "", null, article.publishedAt(), null),
                article.version(), article.publishedAtMillis(), TermProfile.EMPTY, signature);
        for (String key : signature.bandKeys(analysed.language(), settings.bands())) {
            toBuckets.add(new BucketMessage.Insert(key, copyProbe));
            keys.add(key);
        }
        RelatedState state = new RelatedState(article.id(), article.version(), false, analysed.language(),
                article.publishedAtMillis(), signature, keys, profile.keywords(), List.of(), List.of(),
                old == null ? Map.of() : old.fences, Map.of());
        states.put(state);
        return new RelatedOutcome(toBuckets, toArticles, List.of(view(state)));
    }

    /** The document frequencies to weigh this version with: as they were when it was counted. */
    private DocumentFrequencies frequenciesFor(ArticleInput article, ArticleTerms analysed) {
        if (counter != null) {
            return counter.count(analysed.indexed(article.id(), article.version(), article.publishedAtMillis(),
                    settings.maxDistinctTerms())).snapshot();
        }
        IndexedTerms counted = terms.get(article.id());
        return counted != null && counted.version() == article.version() && counted.hasSnapshot()
                ? counted.snapshot() : NOTHING_COUNTED;
    }

    private static final DocumentFrequencies NOTHING_COUNTED = new FrozenDocumentFrequencies(Map.of(), Map.of());

    /** Withdraws an article: out of its buckets, out of every list it was in, out of the document frequencies. */
    public RelatedOutcome withdraw(String id, long version) {
        RelatedState old = states.get(id);
        if (old == null || old.version >= version) {
            return RelatedOutcome.NOTHING;
        }
        List<BucketMessage> toBuckets = new ArrayList<>();
        List<ArticleMessage> toArticles = new ArrayList<>();
        retire(old, version, toBuckets, toArticles);
        states.put(new RelatedState(id, version, true, old.language, old.publishedAtMillis, MinHashSignature.NONE,
                List.of(), List.of(), List.of(), List.of(), old.fences, Map.of()));
        return new RelatedOutcome(toBuckets, toArticles, List.of());
    }

    /** What an article version contributed goes: its bucket entries, its place in others' lists, its counts. */
    private void retire(RelatedState old, long newVersion, List<BucketMessage> toBuckets,
                        List<ArticleMessage> toArticles) {
        for (String key : old.bucketKeys) {
            toBuckets.add(new BucketMessage.Removal(key, old.id, newVersion));
        }
        for (String partner : old.partners.keySet()) {
            toArticles.add(new ArticleMessage.Retraction(partner, old.id, newVersion));
        }
        if (counter != null && newVersion > old.version) {
            counter.uncount(old.id);
        }
    }

    /** Applies pair scores or a retraction addressed to an article of this partition. */
    public RelatedOutcome receive(ArticleMessage message) {
        if (message instanceof ArticleMessage.PairBatch batch) {
            return receiveEach(batch.pairs());
        }
        RelatedState state = states.get(message.targetId());
        if (state == null) {
            // never indexed here, or evicted beyond the horizon: nothing lists through it any more
            return RelatedOutcome.NOTHING;
        }
        if (message instanceof ArticleMessage.PairScores pairs) {
            return receivePairs(state, pairs);
        }
        return receiveRetraction(state, (ArticleMessage.Retraction) message);
    }

    /** Applies several articles' pair scores in order, each as if it came alone; an article's last view stands. */
    private RelatedOutcome receiveEach(List<ArticleMessage.PairScores> batch) {
        List<ArticleMessage> toArticles = new ArrayList<>();
        Map<String, RelatedView> views = new LinkedHashMap<>();
        for (ArticleMessage.PairScores pairs : batch) {
            RelatedOutcome outcome = receive(pairs);
            toArticles.addAll(outcome.toArticles());
            for (RelatedView view : outcome.views()) {
                views.remove(view.id());
                views.put(view.id(), view);
            }
        }
        return new RelatedOutcome(List.of(), toArticles, new ArrayList<>(views.values()));
    }

    /** Applies the pairs in order, as if each came alone, but reads, writes and publishes the list once. */
    private RelatedOutcome receivePairs(RelatedState state, ArticleMessage.PairScores pairs) {
        if (state.withdrawn || pairs.targetVersion() < state.version) {
            // the other ends may have listed our old version: tell each which version is current
            List<ArticleMessage> retractions = new ArrayList<>();
            Set<String> told = new HashSet<>();
            for (ArticleMessage.Score pair : pairs.scores()) {
                if (told.add(pair.candidate().id())) {
                    retractions.add(new ArticleMessage.Retraction(pair.candidate().id(), state.id, state.version));
                }
            }
            return new RelatedOutcome(List.of(), retractions, List.of());
        }
        if (pairs.targetVersion() > state.version) {
            return RelatedOutcome.NOTHING;
        }
        RelatedView before = null;
        for (ArticleMessage.Score pair : pairs.scores()) {
            RelatedState.Partner partner = partnerOf(pair);
            if (changes(state, pair, partner)) {
                if (before == null) {
                    before = view(state);
                }
                apply(state, pair, partner);
            }
        }
        if (before == null) {
            return RelatedOutcome.NOTHING;
        }
        states.put(state);
        RelatedView after = view(state);
        return after.equals(before) ? RelatedOutcome.NOTHING : new RelatedOutcome(List.of(), List.of(), List.of(after));
    }

    /** Whether a pair changes the article's state: not itself, not fenced off, not known already, good enough. */
    private boolean changes(RelatedState state, ArticleMessage.Score pair, RelatedState.Partner partner) {
        Candidate other = pair.candidate();
        if (other.id().equals(state.id)) {
            return false;
        }
        Long fence = state.fences.get(other.id());
        if (fence != null && other.version() < fence) {
            return false;
        }
        // the same pair again, scored in another bucket the two share, changes nothing
        return !partner.equals(state.partners.get(other.id()))
                && (isDuplicate(pair) || pair.score() >= settings.minScore());
    }

    private void apply(RelatedState state, ArticleMessage.Score pair, RelatedState.Partner partner) {
        Candidate other = pair.candidate();
        if (isDuplicate(pair)) {
            addDuplicate(state, other);
        } else {
            addEntry(state, new RelatedEntry(other, pair.score()));
        }
        addPartner(state, other.id(), partner);
    }

    private boolean isDuplicate(ArticleMessage.Score pair) {
        return pair.resemblance() >= settings.duplicateResemblance();
    }

    private RelatedState.Partner partnerOf(ArticleMessage.Score pair) {
        return new RelatedState.Partner(pair.candidate().version(), isDuplicate(pair) ? 1.0 : pair.score());
    }

    private void addDuplicate(RelatedState state, Candidate other) {
        for (Iterator<Candidate> it = state.duplicates.iterator(); it.hasNext(); ) {
            Candidate known = it.next();
            if (known.id().equals(other.id())) {
                if (known.version() >= other.version()) {
                    return;
                }
                it.remove();
            }
        }
        state.entries.removeIf(e -> e.id().equals(other.id()));
        state.duplicates.add(other);
        state.duplicates.sort(EARLIEST_FIRST);
        while (state.duplicates.size() > RelatedState.MAX_DUPLICATES) {
            state.duplicates.remove(state.duplicates.size() - 1);
        }
    }

    private void addEntry(RelatedState state, RelatedEntry entry) {
        for (Candidate known : state.duplicates) {
            if (known.id().equals(entry.id()) && known.version() >= entry.candidate().version()) {
                return;
            }
        }
        for (Iterator<RelatedEntry> it = state.entries.iterator(); it.hasNext(); ) {
            RelatedEntry known = it.next();
            if (known.id().equals(entry.id())) {
                if (known.candidate().version() > entry.candidate().version()) {
                    return;
                }
                it.remove();
            }
        }
        state.entries.add(entry);
        state.entries.sort(BEST_FIRST);
        while (state.entries.size() > settings.listCapacity()) {
            state.entries.remove(state.entries.size() - 1);
        }
    }

    private void addPartner(RelatedState state, String id, RelatedState.Partner partner) {
        state.partners.remove(id);
        state.partners.put(id, partner);
        if (state.partners.size() > settings.maxPartners()) {
            // beyond the bound, forget the weakest pairing: the one least likely to be in the other's list
            String weakest = null;
            double lowest = Double.MAX_VALUE;
            for (Map.Entry<String, RelatedState.Partner> p : state.partners.entrySet()) {
                if (p.getValue().score() < lowest) {
                    lowest = p.getValue().score();
                    weakest = p.getKey();
                }
            }
            state.partners.remove(weakest);
        }
    }

    private RelatedOutcome receiveRetraction(RelatedState state, ArticleMessage.Retraction retraction) {
        String gone = retraction.retractedId();
        long version = retraction.version();
        RelatedView before = view(state);
        state.entries.removeIf(e -> e.id().equals(gone) && e.candidate().version() < version);
        state.duplicates.removeIf(d -> d.id().equals(gone) && d.version() < version);
        RelatedState.Partner partner = state.partners.get(gone);
        if (partner != null && partner.version() < version) {
            state.partners.remove(gone);
        }
        state.fences.merge(gone, version, Math::max);
        while (state.fences.size() > RelatedState.MAX_FENCES) {
            state.fences.remove(state.fences.keySet().iterator().next());
        }
        states.put(state);
        RelatedView after = view(state);
        return state.withdrawn || after.equals(before)
                ? RelatedOutcome.NOTHING : new RelatedOutcome(List.of(), List.of(), List.of(after));
    }

    /**
     * The article's view: its best {@code k} entries, at most one of any near-duplicate group (an entry that
     * resembles a better one is skipped), and {@code duplicate_of}, the earliest of its near-duplicates if that
     * is earlier than itself (by published_at, then id).
     */
    public RelatedView view(RelatedState state) {
        List<LinkedArticle> related = new ArrayList<>(settings.listSize());
        List<MinHashSignature> shown = new ArrayList<>(settings.listSize());
        for (RelatedEntry entry : state.entries) {
            if (related.size() == settings.listSize()) {
                break;
            }
            MinHashSignature signature = entry.candidate().signature();
            boolean copyOfShown = false;
            for (MinHashSignature s : shown) {
                if (s.resemblesAtLeast(signature, settings.duplicateResemblance())) {
                    copyOfShown = true;
                    break;
                }
            }
            if (!copyOfShown) {
                related.add(LinkedArticle.of(entry.candidate().link(), round(entry.score())));
                shown.add(signature);
            }
        }
        String duplicateOf = null;
        if (!state.duplicates.isEmpty()) {
            Candidate earliest = state.duplicates.get(0);
            if (earliest.publishedAtMillis() < state.publishedAtMillis
                    || earliest.publishedAtMillis() == state.publishedAtMillis && earliest.id().compareTo(state.id) < 0) {
                duplicateOf = earliest.id();
            }
        }
        return new RelatedView(state.id, state.version, state.keywords, related, duplicateOf);
    }

    /** Scores to 4 decimals: what a reader sees, and no revision for a float's last bit. */
    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    /** The current view of an article of this partition, if it is indexed and not withdrawn. */
    public RelatedView viewOf(String id) {
        RelatedState state = states.get(id);
        return state == null || state.withdrawn ? null : view(state);
    }

    /**
     * Evicts by stream time (a punctuator's call): articles published more than the horizon before
     * {@code streamTimeMillis} leave the document frequencies, and their state is forgotten after twice the
     * horizon, when no article that may list them is still within its own horizon.
     */
    public void evict(long streamTimeMillis) {
        long horizon = settings.horizonMillis();
        if (counter != null) {
            counter.evict(streamTimeMillis);
        }
        Set<String> forget = new HashSet<>();
        for (RelatedState s : states.all()) {
            if (s.publishedAtMillis < streamTimeMillis - 2 * horizon) {
                forget.add(s.id);
            }
        }
        forget.forEach(states::delete);
    }

    /** For tests and the simulator: the fences of an article, so races can be shown. */
    Map<String, Long> fencesOf(String id) {
        RelatedState s = states.get(id);
        return s == null ? Map.of() : new LinkedHashMap<>(s.fences);
    }
}
