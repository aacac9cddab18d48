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

    private NormalizedText fromHtml(String title, String html) {
        Document doc = Jsoup.parse(html);
        boolean flattened = DeepNesting.flatten(doc);
        // the title is read before pruning, which removes the page header an <h1> often sits in
        String pageTitle = cleanTitle(title);
        if (pageTitle == null) {
            Element h1 = doc.selectFirst("h1");
            pageTitle = h1 == null ? null : cleanTitle(h1.text());
        }
        if (pageTitle == null) {
            pageTitle = cleanTitle(doc.title());
        }
        List<String> lines = articleLines(doc.body(), true);
        if (charCount(lines) < MIN_ARTICLE_CHARS && !flattened) {
            // too little left: boilerplate-looking names probably hid the article, so look again without them
            // (parsing again is cheaper on the common path than keeping a pristine copy of every page; a page
            // that had to be flattened is not worth a second parse)
            List<String> retry = articleLines(Jsoup.parse(html).body(), false);
            if (charCount(retry) > charCount(lines)) {
                lines = retry;
            }
        }
        return new NormalizedText(pageTitle, withoutRepeatedTitle(pageTitle, furniture.strip(lines)));
    }

    private List<String> articleLines(Element body, boolean pruneByName) {
        pruner.prune(body, pruneByName);
        List<TextBlock> blocks = mainContent.select(body, htmlText.blocks(body));
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
