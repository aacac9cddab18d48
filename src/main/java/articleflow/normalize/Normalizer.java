package articleflow.normalize;

import articleflow.model.ContentType;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns an article body, plain text or HTML, into its title and clean paragraphs: the
 * article's own text without markup, page furniture or a repeated title.
 * Stateless and thread-safe; construct once and reuse.
 */
public final class Normalizer {

    private final TextCleaner cleaner = new TextCleaner();
    private final KnownFurniture furniture = new KnownFurniture();
    private final PagePruner pruner = new PagePruner();
    private final HtmlText htmlText = new HtmlText();
    private final MainContent mainContent = new MainContent();

    /** Readability's threshold for "the article was not found, try again less strictly". */
    private static final int MIN_ARTICLE_CHARS = 500;
    /** The JSON-LD articleBody replaces the extracted text only when it holds this much more. */
    private static final double MIN_STRUCTURED_GAIN = 1.5;

    public Normalizer() {
    }

    /** title: the record's title or null; returns the title (record's, else <h1>, else <title>) and clean paragraphs */
    public NormalizedText normalize(String title, String body, ContentType type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        String text = body == null ? "" : body;
        return type == ContentType.HTML ? fromHtml(title, text) : fromPlain(title, text);
    }

    private NormalizedText fromPlain(String title, String body) {
        String cleanTitle = cleanTitle(title);
        // lines keep their paragraph number so furniture can be judged line by line and paragraphs rebuilt after
        List<String> lines = new ArrayList<>();
        List<Integer> paragraphOf = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            String line = cleaner.clean(body.substring(start, end));
            if (line.isEmpty()) {
                paragraph++;
            } else {
                lines.add(line);
                paragraphOf.add(paragraph);
            }
            start = end + 1;
        }
        List<String> kept = withoutRepeatedTitle(cleanTitle, furniture.strip(lines));
        List<String> paragraphs = new ArrayList<>();
        int keptIndex = 0;
        int lastParagraph = -1;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size() && keptIndex < kept.size(); i++) {
            // strip keeps order and identity, so walking both lists pairs each kept line with its paragraph
            if (lines.get(i) != kept.get(keptIndex)) {
                continue;
            }
            keptIndex++;
            if (paragraphOf.get(i) != lastParagraph && current.length() > 0) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            lastParagraph = paragraphOf.get(i);
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(lines.get(i));
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return new NormalizedText(cleanTitle, paragraphs);
    }

    private NormalizedText fromHtml(String title, String page) {
        // excess depth is cut before parsing (where it costs most) and what the parser still nests too deep after
        String html = TagDepthCap.cap(page);
        Document doc = Jsoup.parse(html);
        boolean flattened = html != page | DeepNesting.flatten(doc);
        // the title is read before pruning, which removes the page header an <h1> often sits in
        String pageTitle = cleanTitle(title);
        if (pageTitle == null) {
            Element h1 = doc.selectFirst("h1");
            pageTitle = h1 == null ? null : cleanTitle(h1.text());
        }
        if (pageTitle == null) {
            pageTitle = cleanTitle(doc.title());
        }
        // schema.org names the article body in JSON-LD or microdata; most pages do neither, and one scan says so
        boolean mentionsArticleBody = html.contains("articleBody");
        String structured = mentionsArticleBody ? StructuredArticle.articleBody(doc) : null;
        List<String> lines = articleLines(doc.body(), true, mentionsArticleBody);
        if (charCount(lines) < MIN_ARTICLE_CHARS && !flattened) {
            // too little left: boilerplate-looking names probably hid the article, so look again without them
            // (parsing again is cheaper on the common path than keeping a pristine copy of every page; a page
            // that had to be flattened is not worth a second parse)
            List<String> retry = articleLines(Jsoup.parse(html).body(), false, mentionsArticleBody);
            if (charCount(retry) > charCount(lines)) {
                lines = retry;
            }
        }
        if (structured != null) {
            List<String> described = structuredLines(structured);
            if (charCount(described) > charCount(lines) * MIN_STRUCTURED_GAIN) {
                // the page's markup holds less of the article than its own description of it: scripts render the text
                lines = described;
            }
        }
        return new NormalizedText(pageTitle, withoutRepeatedTitle(pageTitle, furniture.strip(lines)));
    }

    /** An articleBody is plain text with line breaks, or sometimes HTML. */
    private List<String> structuredLines(String articleBody) {
        List<String> lines = new ArrayList<>();
        if (articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') >= 0) {
            Element fragment = Jsoup.parseBodyFragment(articleBody).body();
            pruner.prune(fragment, false);
            for (TextBlock block : htmlText.blocks(fragment)) {
                addClean(lines, block.text());
            }
            return lines;
        }
        for (String line : articleBody.split("\\R")) {
            addClean(lines, line);
        }
        return lines;
    }

    private void addClean(List<String> lines, String text) {
        String line = cleaner.clean(decodeLeftoverEntities(text));
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }

    private List<String> articleLines(Element body, boolean pruneByName, boolean mayMarkArticleBody) {
        pruner.prune(body, pruneByName);
        List<TextBlock> blocks = mainContent.select(body, htmlText.blocks(body), mayMarkArticleBody);
        List<String> lines = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            String line = cleaner.clean(decodeLeftoverEntities(block.text()));
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static int charCount(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n += line.length();
        }
        return n;
    }

    /**
     * Text that was escaped twice ("&amp;amp;", "&amp;lt;b&amp;gt;") still shows entities, or even tags,
     * after parsing: decode once more and drop any tags that this uncovers.
     */
    private static String decodeLeftoverEntities(String text) {
        int amp = text.indexOf('&');
        if (amp < 0 || text.indexOf(';', amp) < 0) {
            return text;
        }
        String decoded = Parser.unescapeEntities(text, false);
        if (decoded.indexOf('<') >= 0 && !decoded.equals(text)) {
            return Jsoup.parseBodyFragment(decoded).text();
        }
        return decoded;
    }

    private String cleanTitle(String title) {
        String clean = cleaner.clean(title);
        return clean.isEmpty() ? null : clean;
    }

    private static List<String> withoutRepeatedTitle(String title, List<String> paragraphs) {
        // a brief whose only line is its title keeps it: that line is all the text there is
        if (title == null || paragraphs.size() < 2) {
            return paragraphs;
        }
        String titleKey = KnownFurniture.key(title);
        if (!titleKey.isEmpty() && KnownFurniture.key(paragraphs.get(0)).equals(titleKey)) {
            return paragraphs.subList(1, paragraphs.size());
        }
        return paragraphs;
    }
}
