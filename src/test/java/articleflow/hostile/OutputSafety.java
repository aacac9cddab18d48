package articleflow.hostile;

import articleflow.model.EnrichedArticle;
import articleflow.model.Link;
import articleflow.model.RelatedLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What no enriched record may carry, whatever came in: markup, an unsafe URL, invalid Unicode, control characters
 * (the text's paragraph breaks aside).
 */
final class OutputSafety {

    private OutputSafety() {
    }

    static List<String> problems(EnrichedArticle article) {
        List<String> problems = new ArrayList<>();
        text(problems, "title", article.title(), false);
        text(problems, "text", article.text(), true);
        text(problems, "summary", article.summary(), false);
        article.summarySentences().forEach(sentence -> text(problems, "summary_sentences", sentence, false));
        for (String field : new String[] {article.id(), article.source(), article.section(), article.language()}) {
            text(problems, "metadata", field, false);
        }
        url(problems, "url", article.url());
        for (Link link : new Link[] {article.neighbors().previous(), article.neighbors().next()}) {
            if (link != null) {
                url(problems, "link url", link.url());
                text(problems, "link title", link.title(), false);
            }
        }
        for (RelatedLink related : article.neighbors().related()) {
            url(problems, "related url", related.url());
        }
        return problems;
    }

    private static void text(List<String> problems, String field, String value, boolean newlinesAllowed) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(field + " holds an unpaired surrogate at " + i);
            } else if (Character.isISOControl(c) && !(newlinesAllowed && c == '\n')) {
                problems.add(field + String.format(" holds control character U+%04X at %d", (int) c, i));
            } else if (c == '<' && isTagAt(value, i)) {
                problems.add(field + " holds markup at " + i + ": "
                        + value.substring(i, Math.min(value.length(), i + 40)));
            }
        }
    }

    private static boolean isTagAt(String value, int at) {
        if (at + 1 >= value.length()) {
            return false;
        }
        char next = value.charAt(at + 1);
        if (!(Character.isLetter(next) && next < 0x80 || next == '/' || next == '!' || next == '?')) {
            return false;
        }
        for (int i = at + 1; i < Math.min(value.length(), at + 1000); i++) {
            if (value.charAt(i) == '>') {
                return true;
            }
            if (value.charAt(i) == '<') {
                return false;
            }
        }
        return false;
    }

    private static void url(List<String> problems, String field, String url) {
        if (url == null) {
            return;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            problems.add(field + " is not http(s): " + url);
        }
    }
}
