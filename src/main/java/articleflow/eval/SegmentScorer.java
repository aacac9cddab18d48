package articleflow.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * trafilatura's evaluation metric ({@code tests/eval_common.py}): whitespace collapsed in the output and in
 * every segment, a {@code with} segment found by plain substring test is a true positive and a missing one a
 * false negative, a {@code without} segment found is a false positive and an absent one a true negative.
 * An empty output, like a crash, misses every {@code with} segment.
 */
public final class SegmentScorer {

    public SegmentScore score(String output, List<String> with, List<String> without) {
        String text = collapse(output);
        List<String> missed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        if (text.isEmpty()) {
            return new SegmentScore(0, with.size(), 0, without.size(), with, List.of());
        }
        int tp = 0;
        for (String segment : with) {
            if (text.contains(collapse(segment))) {
                tp++;
            } else {
                missed.add(segment);
            }
        }
        int tn = 0;
        for (String segment : without) {
            if (text.contains(collapse(segment))) {
                kept.add(segment);
            } else {
                tn++;
            }
        }
        return new SegmentScore(tp, missed.size(), kept.size(), tn, missed, kept);
    }

    /** Python's {@code re.sub(r"\s+", " ", s).strip()}: every run of Unicode whitespace one space, none at the ends. */
    static String collapse(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPythonSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What {@code \s} matches in a Python 3 str pattern: str.isspace(), which includes U+00A0 and U+2000–U+200A. */
    private static boolean isPythonSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }
}
