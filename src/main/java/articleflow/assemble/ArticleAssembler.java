package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import articleflow.model.Neighbors;
import articleflow.model.WordCount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Builds the enriched record from an article's final text, its summary and its feed links. */
public final class ArticleAssembler {

    /** Adult silent-reading speed for non-fiction, the usual basis of "n min read". */
    private static final int WORDS_PER_MINUTE = 230;

    /** @param draft the article with the paragraphs that will be published, furniture already gone */
    public EnrichedArticle assemble(ArticleDraft draft, List<String> summarySentences, ArticleRelations relations,
                                    Link previous, Link next, long revision, String processedAt) {
        String text = String.join("\n\n", draft.paragraphs());
        int words = 0;
        for (String paragraph : draft.paragraphs()) {
            words += WordCount.of(paragraph);
        }
        int readingMinutes = words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
        return EnrichedArticle.of(draft.meta(), text, summarySentences, words, readingMinutes, sha256(text),
                new Neighbors(previous, next, List.of()), revision, processedAt)
                .withRelations(relations.keywords(), relations.related(), relations.duplicateOf());
    }

    /** A digest per thread: looking one up by name goes through the security providers, each time. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    static String sha256(String text) {
        // digest() resets the digest for the next use
        return HexFormat.of().formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
