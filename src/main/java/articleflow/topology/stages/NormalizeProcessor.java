package articleflow.topology.stages;

import articleflow.accept.AcceptedArticle;
import articleflow.assemble.ArticleDraft;
import articleflow.events.PipelineEvents;
import articleflow.model.RejectReason;
import articleflow.normalize.LanguageCheck;
import articleflow.normalize.NormalizedText;
import articleflow.topology.errors.RejectedRecordException;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The normalize stage in the topology, stateless so the expensive text work runs on every partition: an
 * accepted article becomes a draft of clean paragraphs; one with no text left is dead-lettered as
 * {@code empty_text}. The article's language is settled here, on the clean text (see {@link LanguageCheck}).
 * Withdrawals (null values) pass through.
 */
public final class NormalizeProcessor extends ContextualFixedKeyProcessor<String, AcceptedArticle, ArticleDraft> {

    public static final String STAGE = "normalize";

    private final TextWork work;
    private final int maxTextBytes;
    private final PipelineEvents events;

    /** @param maxTextBytes the body limit, which the clean text must keep to as well (NFC can triple some text) */
    public NormalizeProcessor(TextWork work, int maxTextBytes, PipelineEvents events) {
        this.work = work;
        this.maxTextBytes = maxTextBytes;
        this.events = events;
    }

    /** The task starts here, before its first record: the language profiles load now rather than on it. */
    @Override
    public void init(FixedKeyProcessorContext<String, ArticleDraft> context) {
        super.init(context);
        work.load();
    }

    @Override
    public void process(FixedKeyRecord<String, AcceptedArticle> record) {
        AcceptedArticle article = record.value();
        if (article == null) {
            context().forward(record.withValue(null));
            return;
        }
        long started = System.nanoTime();
        TextWork.Normalized normalized = work.normalize(article);
        events.normalizeNanos(System.nanoTime() - started);
        NormalizedText text = normalized.text();
        if (text.paragraphs().isEmpty()) {
            throw new RejectedRecordException(STAGE, RejectReason.EMPTY_TEXT,
                    "no text is left once markup and page furniture are removed");
        }
        long textBytes = utf8Length(text);
        if (textBytes > maxTextBytes) {
            throw new RejectedRecordException(STAGE, RejectReason.TOO_LARGE, "text of " + textBytes
                    + " bytes after normalization exceeds the limit of " + maxTextBytes + " bytes");
        }
        LanguageCheck.Decision language = normalized.language();
        events.languageSettled(article.meta().source(), language.outcome().label(), language.language());
        context().forward(record.withValue(new ArticleDraft(
                article.meta().withTitle(text.title()).withLanguage(language.language()), text.paragraphs())));
    }

    /** UTF-8 bytes of the paragraphs joined by blank lines, counted without building the string. */
    static long utf8Length(NormalizedText text) {
        long bytes = 2L * Math.max(0, text.paragraphs().size() - 1);
        for (String paragraph : text.paragraphs()) {
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                if (c < 0x80) {
                    bytes++;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < paragraph.length()
                        && Character.isLowSurrogate(paragraph.charAt(i + 1))) {
                    bytes += 4;
                    i++;
                } else {
                    bytes += 3;
                }
            }
        }
        return bytes;
    }
}
