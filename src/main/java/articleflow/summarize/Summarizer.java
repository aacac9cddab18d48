package articleflow.summarize;

import articleflow.analysis.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extractive summarizer: splits the paragraphs into sentences, ranks them by centrality and
 * position, and keeps the best few in their original order. Sentence ends, stop words and stems follow the
 * article's language. Stateless, thread-safe and deterministic; every summary sentence is a sentence of the
 * input text.
 */
public final class Summarizer {

    /**
     * Only the first sentences are ranked: a news summary is drawn from the story, not from page 30
     * of an attached report, a comment thread or a live blog's oldest entries. A hundred sentences is about
     * 2,000 words, longer than nearly every news story (no BBC dev article comes near it); past that, splitting
     * and ranking more sentences cost more than the rest of summarizing.
     */
    static final int MAX_RANKED = 100;

    private final SummaryOptions options;
    private final TextAnalyzer analyzer;
    private final SentenceRanker ranker = new SentenceRanker();
    private final SentenceSelector selector;

    public Summarizer(SummaryOptions options) {
        this(options, new TextAnalyzer());
    }

    /** @param analyzer the text analysis for languages other than English (shared with keywords and related) */
    public Summarizer(SummaryOptions options, TextAnalyzer analyzer) {
        this.options = Objects.requireNonNull(options, "options");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.selector = new SentenceSelector(options);
    }

    /** An English article's summary. @param paragraphs paragraphs of normalized text (no markup), in order */
    public Summary summarize(List<String> paragraphs) {
        return summarize("en", paragraphs);
    }

    /**
     * @param language the article's language (ISO 639-1; "und", null or another code: rules for no language in
     *                 particular)
     * @param paragraphs paragraphs of normalized text (no markup), in order
     */
    public Summary summarize(String language, List<String> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        String code = TextAnalyzer.canonicalLanguage(language);
        SentenceSplitter splitter = new SentenceSplitter(code);
        TermEncoder encoder = new TermEncoder(analyzer, code);
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size() && sentences.size() < MAX_RANKED; p++) {
            for (String text : splitter.split(paragraphs.get(p))) {
                if (sentences.size() == MAX_RANKED) {
                    break;
                }
                sentences.add(new Sentence(text, sentences.size(), p, TermEncoder.countWords(text),
                        encoder.encode(text)));
            }
        }
        if (sentences.size() <= options.maxSentences()) {
            return new Summary(texts(sentences));
        }
        TermVectors graph = new TermVectors(sentences, encoder.vocabularySize());
        double[] scores = ranker.scores(graph);
        return new Summary(texts(selector.select(sentences, scores, graph)));
    }

    private List<String> texts(List<Sentence> sentences) {
        List<String> texts = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            texts.add(s.words() > options.sentenceWordCeiling() || s.text().length() > options.sentenceCharCeiling()
                    ? shortened(s.text()) : s.text());
        }
        return texts;
    }

    /** The first words of an over-long sentence, within both ceilings, ending in an ellipsis. */
    private String shortened(String sentence) {
        int limit = Math.min(sentence.length(), options.sentenceCharCeiling() - 1);
        int end = TermEncoder.wordPrefixEnd(sentence, limit, options.sentenceWordCeiling());
        if (end == 0) {
            // a first word longer than the limit: cut inside it, never between the halves of a surrogate pair
            end = limit;
            if (Character.isHighSurrogate(sentence.charAt(end - 1))) {
                end--;
            }
        }
        return sentence.substring(0, end) + "\u2026";
    }
}
