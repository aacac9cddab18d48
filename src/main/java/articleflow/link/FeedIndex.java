package articleflow.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Previous/next within a publisher's feed, ordered by publish time then id. Every change returns the links
 * of each article whose neighbours may have changed: the article itself, and the articles on both sides of
 * its old and its new place.
 */
public final class FeedIndex {

    private final FeedStore store;

    public FeedIndex(FeedStore store) {
        this.store = store;
    }

    /** Places a new article, or moves/retitles one already in the feed (a late arrival or a correction). */
    public List<FeedLinks> upsert(FeedEntry entry) {
        Set<FeedEntry> touched = new LinkedHashSet<>();
        Optional<FeedEntry> old = store.position(entry.source(), entry.id());
        if (old.isPresent()) {
            FeedEntry was = old.get();
            if (!was.showsTheSameAs(entry)) {
                // its old neighbours linked to it by title, url and time: they change even if it does not move
                store.previous(was).ifPresent(touched::add);
                store.next(was).ifPresent(touched::add);
            }
            store.delete(was);
        }
        store.put(entry);
        store.previous(entry).ifPresent(touched::add);
        store.next(entry).ifPresent(touched::add);

        List<FeedLinks> changes = new ArrayList<>();
        changes.add(linksOf(entry));
        for (FeedEntry neighbour : touched) {
            if (!neighbour.id().equals(entry.id())) {
                changes.add(linksOf(currentOf(neighbour)));
            }
        }
        return changes;
    }

    /** Takes a withdrawn article out; its two neighbours now link to each other. */
    public List<FeedLinks> remove(String source, String id) {
        Optional<FeedEntry> old = store.position(source, id);
        if (old.isEmpty()) {
            return List.of();
        }
        FeedEntry was = old.get();
        Optional<FeedEntry> previous = store.previous(was);
        Optional<FeedEntry> next = store.next(was);
        store.delete(was);
        List<FeedLinks> changes = new ArrayList<>(2);
        previous.ifPresent(p -> changes.add(linksOf(p)));
        next.ifPresent(n -> changes.add(linksOf(n)));
        return changes;
    }

    public FeedLinks linksOf(FeedEntry entry) {
        return new FeedLinks(entry.id(),
                store.previous(entry).map(FeedEntry::asLink).orElse(null),
                store.next(entry).map(FeedEntry::asLink).orElse(null),
                entry.version());
    }

    private FeedEntry currentOf(FeedEntry neighbour) {
        return store.position(neighbour.source(), neighbour.id()).orElse(neighbour);
    }
}
