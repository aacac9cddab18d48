package articleflow.topology.stages;

import articleflow.accept.AcceptedArticle;
import articleflow.accept.ArticleValidator;
import articleflow.normalize.LanguageCheck;
import articleflow.normalize.NormalizedText;
import articleflow.normalize.Normalizer;
import articleflow.summarize.Summarizer;
import articleflow.summarize.Summary;
import articleflow.summarize.SummaryOptions;
import java.util.List;

/**
 * The stateless text work of the normalize and summarize stages: the expensive part of an article's way through
 * the topology, and a pure function of its input, so that the offline run may do it ahead on another core (see
 * {@code articleflow.app.TextLookahead}) while the streaming job does it in place.
 */
public interface TextWork {

    /** An accepted article's clean text and settled language. */
    record Normalized(NormalizedText text, LanguageCheck.Decision language) {
    }

    /** Loads what the first article would otherwise wait for (the language profiles). */
    void load();

    Normalized normalize(AcceptedArticle article);

    Summary summarize(String language, List<String> paragraphs);

    /** The accept stage's verdicts: the validator's, in place; offline, the ones reached ahead where they apply. */
    default Verdicts verdicts(ArticleValidator validator) {
        return validator::decide;
    }

    /** The work done in place, on the calling thread. */
    static TextWork inPlace(SummaryOptions options) {
        return new InPlace(new Normalizer(), new LanguageCheck(), new Summarizer(options));
    }

    record InPlace(Normalizer normalizer, LanguageCheck languages, Summarizer summarizer) implements TextWork {

        @Override
        public void load() {
            languages.load();
        }

        @Override
        public Normalized normalize(AcceptedArticle article) {
            NormalizedText text = normalizer.normalize(article.meta().title(), article.body(), article.contentType());
            // an article with no text left is dead-lettered before its language would matter
            LanguageCheck.Decision language = text.paragraphs().isEmpty()
                    ? null : languages.decide(article.meta().language(), text.paragraphs());
            return new Normalized(text, language);
        }

        @Override
        public Summary summarize(String language, List<String> paragraphs) {
            return summarizer.summarize(language, paragraphs);
        }
    }
}
