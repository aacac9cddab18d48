package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import articleflow.model.Link;

/**
 * Everything the by-id stage remembers of one article: the last revision it published (or the
 * withdrawal), the draft waiting for its feed reply, and the latest feed links.
 *
 * @param revision        the last revision emitted; survives a withdrawal so a republication continues it
 * @param updatedAtMillis {@code updated_at} of the last accepted version, to skip stale corrections
 * @param version         where the last version applied (or the withdrawal) stands in the publisher's stream;
 *                        null for state written before stamps existed
 * @param draftVersion    counts accepted versions; a feed reply or update for another version is ignored
 * @param pending         the draft waiting for its feed reply, or null
 * @param published       the current enriched record, or null before the first reply and after a withdrawal
 */
public record ArticleState(
        String id,
        String source,
        long revision,
        boolean withdrawn,
        Long updatedAtMillis,
        VersionStamp version,
        long draftVersion,
        ArticleDraft pending,
        EnrichedArticle published,
        Link previous,
        Link next) {

    public static ArticleState empty(String id) {
        return new ArticleState(id, null, 0, false, null, null, 0, null, null, null, null);
    }

    ArticleState withLinks(Link newPrevious, Link newNext) {
        return new ArticleState(id, source, revision, withdrawn, updatedAtMillis, version, draftVersion, pending,
                published, newPrevious, newNext);
    }

    ArticleState settled(Link newPrevious, Link newNext) {
        return new ArticleState(id, source, revision, false, updatedAtMillis, version, draftVersion, null,
                published, newPrevious, newNext);
    }

    ArticleState revised(long newRevision, EnrichedArticle record) {
        return new ArticleState(id, source, newRevision, false, updatedAtMillis, version, draftVersion, pending,
                record, previous, next);
    }
}
