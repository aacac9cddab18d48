package articleflow.assemble;

import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import articleflow.model.Neighbors;
import articleflow.normalize.LineFingerprint;
import articleflow.summarize.Summarizer;
import articleflow.summarize.Summary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Builds the enriched record from a draft, the paragraphs to strip, and the feed links. */
public final class ArticleAssembler {

    /** Adult silent-reading speed for non-fiction, the usual basis of "n min read". */
    private static final int WORDS_PER_MINUTE = 230;

    private final Summarizer summarizer;

    public ArticleAssembler(Summarizer summarizer) {
        this.summarizer = summarizer;
    }

    public EnrichedArticle assemble(ArticleDraft draft, List<Integer> stripParagraphs, Link previous, Link next,
                                    long revision, String processedAt) {
        List<String> paragraphs = keep(draft.paragraphs(), stripParagraphs);
        String text = String.join("\n\n", paragraphs);
        Summary summary = summarizer.summarize(paragraphs);
        int words = 0;
        for (String paragraph : paragraphs) {
            words += LineFingerprint.words(paragraph);
        }
        return new EnrichedArticle(
                draft.id(), draft.source(), draft.url(), draft.title(), draft.publishedAt(),
                draft.language(), draft.section(), draft.authors(), draft.tags(),
                text, summary.text(), summary.sentences(), List.of(),
                words, words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)),
                sha256(text), new Neighbors(previous, next, List.of()), null,
                EnrichedArticle.SCHEMA_VERSION, revision, processedAt);
    }

    private static List<String> keep(List<String> paragraphs, List<Integer> strip) {
        if (strip.isEmpty()) {
            return paragraphs;
        }
        Set<Integer> dropped = new HashSet<>(strip);
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(paragraphs.get(i));
            }
        }
        return kept;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
