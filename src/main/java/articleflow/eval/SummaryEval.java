package articleflow.eval;

import articleflow.summarize.SentenceSplitter;
import articleflow.summarize.Summarizer;
import articleflow.summarize.SummaryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores articleflow's summaries and the Lead-N baseline against reference summaries with
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, averaged over documents.
 */
public final class SummaryEval {

    /** A sentence end glued to the next sentence: "said.the", "over.\"next". */
    private static final Pattern GLUED_END = Pattern.compile("([.!?]\"?)(?=[A-Za-z\"])");

    /** Mean scores of one system at one summary length; F1 values in [0, 1]. */
    public record Result(String system, int sentences, double rouge1, double rouge2, double rougeLsum,
            double meanWords) {
    }

    private final Function<String, List<String>> paragraphsOf;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Rouge rouge = new Rouge();

    /** @param paragraphsOf turns an article body into the paragraphs the product summarizes */
    public SummaryEval(Function<String, List<String>> paragraphsOf) {
        this.paragraphsOf = paragraphsOf;
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
        for (SummaryExample example : examples) {
            List<String> paragraphs = paragraphsOf.apply(example.body());
            String referenceLines = String.join("\n", referenceSentences(example.reference()));
            product.add(example.reference(), referenceLines, summarizer.summarize(paragraphs).sentences());
            lead.add(example.reference(), referenceLines, leadSentences(paragraphs, sentences));
        }
        return List.of(product.result(), lead.result());
    }

    /** The reference's sentences, after putting back the spaces the data set dropped between them. */
    public List<String> referenceSentences(String reference) {
        String spaced = GLUED_END.matcher(reference).replaceAll("$1 ");
        return splitter.split(spaced);
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
