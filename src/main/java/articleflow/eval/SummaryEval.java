package articleflow.eval;

import articleflow.summarize.SentenceSplitter;
import articleflow.summarize.Summarizer;
import articleflow.summarize.SummaryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores articleflow's summaries and the Lead-N baseline against reference summaries with
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, averaged over documents.
 */
public final class SummaryEval {

    /** Mean scores of one system at one summary length; F1 values in [0, 1]. */
    public record Result(String system, int sentences, double rouge1, double rouge2, double rougeLsum,
            double meanWords) {
    }

    private final Function<String, List<String>> paragraphsOf;
    private final Function<List<String>, String> languageOf;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Rouge rouge = new Rouge();
    private final Map<String, Integer> languages = new TreeMap<>();
    private long languageNanos;
    private int languageCalls;

    /** English articles. @param paragraphsOf turns an article body into the paragraphs the product summarizes */
    public SummaryEval(Function<String, List<String>> paragraphsOf) {
        this(paragraphsOf, paragraphs -> "en");
    }

    /** @param languageOf settles an article's language from its paragraphs, as the product does */
    public SummaryEval(Function<String, List<String>> paragraphsOf, Function<List<String>, String> languageOf) {
        this.paragraphsOf = paragraphsOf;
        this.languageOf = languageOf;
    }

    /**
     * How many articles were summarized in each language by the latest {@link #evaluate} call: each call settles
     * every article's language again, so a sum over the calls would count each article once per summary length.
     */
    public Map<String, Integer> languages() {
        return Map.copyOf(languages);
    }

    /** The mean time {@code languageOf} took per article, in microseconds (0 before any call). */
    public double languageMicrosPerArticle() {
        return languageCalls == 0 ? 0 : languageNanos / 1_000.0 / languageCalls;
    }

    /** The word budget at {@code sentences}: the product's words-per-sentence, so 80 words at 3. */
    public static SummaryOptions optionsFor(int sentences) {
        SummaryOptions d = SummaryOptions.DEFAULT;
        if (sentences == d.maxSentences()) {
            return d;
        }
        return new SummaryOptions(sentences, Math.round((float) d.maxWords() * sentences / d.maxSentences()));
    }

    public List<Result> evaluate(List<SummaryExample> examples, int sentences) {
        Summarizer summarizer = new Summarizer(optionsFor(sentences));
        Accumulator product = new Accumulator("articleflow", sentences);
        Accumulator lead = new Accumulator("lead-" + sentences, sentences);
        languages.clear();
        for (SummaryExample example : examples) {
            List<String> paragraphs = paragraphsOf.apply(example.body());
            long started = System.nanoTime();
            String language = languageOf.apply(paragraphs);
            languageNanos += System.nanoTime() - started;
            languageCalls++;
            languages.merge(language, 1, Integer::sum);
            String referenceLines = String.join("\n", referenceSentences(example.reference()));
            product.add(example.reference(), referenceLines, summarizer.summarize(language, paragraphs).sentences());
            lead.add(example.reference(), referenceLines, leadSentences(paragraphs, sentences));
        }
        return List.of(product.result(), lead.result());
    }

    /** The reference's sentences, after putting back the spaces the data set dropped between them. */
    public List<String> referenceSentences(String reference) {
        return splitter.split(unglue(reference));
    }

    /**
     * Puts a space after a sentence end glued to the next sentence ("said.the"), but not inside
     * dotted abbreviations ("u.s."); a glued quote goes to the side quote parity says it belongs to.
     */
    static String unglue(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int quotes = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '"') {
                quotes++;
            }
            if (c != '.' && c != '!' && c != '?' || i + 1 >= n) {
                continue;
            }
            char next = text.charAt(i + 1);
            if (Character.isLetter(next) && endsWord(text, i)) {
                out.append(' ');
            } else if (next == '"' && i + 2 < n && Character.isLetter(text.charAt(i + 2))) {
                boolean closes = quotes % 2 == 1;
                out.append(closes ? "\" " : " \"");
                quotes++;
                i++;
            }
        }
        return out.toString();
    }

    /** True when the stop at {@code stop} follows a word of two or more characters or a closing bracket. */
    private static boolean endsWord(String text, int stop) {
        if (stop >= 1 && (text.charAt(stop - 1) == ')' || text.charAt(stop - 1) == '"' || text.charAt(stop - 1) == '%')) {
            return true;
        }
        return stop >= 2 && Character.isLetterOrDigit(text.charAt(stop - 1))
                && Character.isLetterOrDigit(text.charAt(stop - 2));
    }

    private List<String> leadSentences(List<String> paragraphs, int count) {
        List<String> lead = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : splitter.split(paragraph)) {
                if (lead.size() == count) {
                    return lead;
                }
                lead.add(sentence);
            }
        }
        return lead;
    }

    private final class Accumulator {
        private final String system;
        private final int sentences;
        private double r1;
        private double r2;
        private double rl;
        private long words;
        private int documents;

        Accumulator(String system, int sentences) {
            this.system = system;
            this.sentences = sentences;
        }

        void add(String reference, String referenceLines, List<String> candidate) {
            String text = String.join(" ", candidate);
            r1 += rouge.rougeN(reference, text, 1).f1();
            r2 += rouge.rougeN(reference, text, 2).f1();
            rl += rouge.rougeLsum(referenceLines, String.join("\n", candidate)).f1();
            for (String s : candidate) {
                words += s.isBlank() ? 0 : s.strip().split("\\s+").length;
            }
            documents++;
        }

        Result result() {
            int d = Math.max(documents, 1);
            return new Result(system, sentences, r1 / d, r2 / d, rl / d, (double) words / d);
        }
    }
}
