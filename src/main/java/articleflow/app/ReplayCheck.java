package articleflow.app;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
import articleflow.accept.Rejection;
import articleflow.accept.Verdict;
import articleflow.config.ArticleflowConfig;
import articleflow.model.RejectReason;
import articleflow.normalize.NormalizedText;
import articleflow.normalize.Normalizer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Would a dead letter be refused again if it were replayed now? Runs the stateless stages (accept, normalize)
 * on it with the current settings, the same code the job runs, so a replay sends only letters whose cause was
 * fixed (a raised body limit, a new version of articleflow) instead of adding a fresh dead letter for each.
 */
final class ReplayCheck {

    private final ArticleValidator validator;
    private final Normalizer normalizer = new Normalizer();
    private final int maxTextBytes;

    ReplayCheck(ArticleflowConfig config) {
        this.validator = new ArticleValidator(config.maxBodyBytes());
        this.maxTextBytes = config.maxBodyBytes();
    }

    /** The reason the letter would be refused for now, or null when the stateless stages would let it through. */
    RejectReason refusalNow(byte[] key, byte[] value, long timestamp) {
        String id = null;
        if (key != null) {
            try {
                id = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(key)).toString();
            } catch (CharacterCodingException e) {
                return RejectReason.INVALID_KEY;
            }
        }
        Verdict verdict = validator.decide(id, value, Instant.ofEpochMilli(Math.max(0, timestamp)));
        if (verdict instanceof Rejection rejection) {
            return rejection.reason();
        }
        if (verdict instanceof AcceptedArticle article) {
            NormalizedText text = normalizer.normalize(article.meta().title(), article.body(), article.contentType());
            if (text.paragraphs().isEmpty()) {
                return RejectReason.EMPTY_TEXT;
            }
            if (text.text().getBytes(StandardCharsets.UTF_8).length > maxTextBytes) {
                return RejectReason.TOO_LARGE;
            }
        }
        return null;
    }
}
