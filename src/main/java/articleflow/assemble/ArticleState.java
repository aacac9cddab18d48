package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import articleflow.model.Link;

/**
 * Everything the by-id stage remembers of one article: the last revision it published (or the
 * withdrawal), the draft waiting for its feed reply, and the latest feed links.
 *
 * @param revision        the last revision emitted; survives a withdrawal so a republication continues it
 * @param updatedAtMillis {@code updated_at} of the last accepted version, to skip stale corrections
 * @param draftVersion    counts accepted versions; a feed reply for an older version is ignored
 * @param pending         the draft waiting for its feed reply, or null
 * @param published       the current enriched record, or null before the first reply and after a withdrawal
 */
public record ArticleState(
        String id,
        String source,
        long revision,
        boolean withdrawn,
        Long updatedAtMillis,
        long draftVersion,
        ArticleDraft pending,
        EnrichedArticle published,
        Link previous,
        Link next) {

    public static ArticleState empty(String id) {
        return new ArticleState(id, null, 0, false, null, 0, null, null, null, null);
    }
}
