package articleflow.normalize;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds the article in a pruned page: the container whose paragraphs carry the most prose,
 * with its siblings that read like more of the same, minus link lists inside it.
 * The approach is Mozilla Readability's: paragraphs vote for their ancestors, with votes
 * weighted by length and commas and discounted by link density and boilerplate names.
 */
final class MainContent {

    /** Shorter blocks are captions, bylines and buttons: they do not vote. */
    private static final int MIN_VOTING_CHARS = 25;
    private static final int VOTE_LEVELS = 5;
    private static final int MIN_ARTICLE_BOX_CHARS = 250;
    private static final int TOP_CANDIDATES = 5;
    /** Sections scoring this share of the best one are rivals; two of them under one ancestor make it the article. */
    private static final double RIVAL = 0.75;
    private static final int MIN_RIVALS = 2;
    /** Blocks between the headline and the body: further than this, the h1 is not this article's headline. */
    private static final int MAX_LEDE_DISTANCE = 12;
    private static final int MIN_LEDE_CHARS = 80;
    private static final double MAX_LEDE_LINK_DENSITY = 0.25;
    private static final java.util.regex.Pattern ARTICLE_BODY_PROPERTY =
            java.util.regex.Pattern.compile("(?i)(?:^|\\s)articleBody(?:\\s|$)");
    private static final int MIN_MARKED_CHARS = 250;
    private static final int MIN_LINKED_PROSE_CHARS = 150;
    private static final int MIN_UNLINKED_CHARS = 40;
    private static final int MIN_LINKED_PROSE_COMMAS = 2;
    private static final double MAX_MARKED_LINK_DENSITY = 0.5;

    private static final class Stats {
        double score;
        int chars;
        int linkChars;
        boolean candidate;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** The blocks of the article, in document order. */
    List<TextBlock> select(Element body, List<TextBlock> blocks) {
        return select(body, blocks, true);
    }

    /** {@code mayMarkArticleBody}: whether the page's source mentions articleBody at all; when not, no need to look. */
    List<TextBlock> select(Element body, List<TextBlock> blocks, boolean mayMarkArticleBody) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            int chars = block.text().length();
            for (Element e = block.owner(); e != null; e = e.parent()) {
                Stats s = stats.computeIfAbsent(e, k -> new Stats());
                s.chars += chars;
                s.linkChars += block.linkChars();
                if (e == body) {
                    break;
                }
            }
        }
        for (TextBlock block : blocks) {
            if (!votes(block)) {
                continue;
            }
            double vote = 1 + commas(block.text()) + Math.min(block.text().length() / 100.0, 3.0);
            Element e = block.owner();
            if (block.kind() != TextBlock.Kind.OTHER || !hasBlockChildren(e)) {
                // the paragraph itself is not a container: its parent is the first to receive a vote
                e = e == body ? e : e.parent();
            }
            for (int level = 0; e != null && level < VOTE_LEVELS; level++, e = e.parent()) {
                Stats s = stats.get(e);
                if (s == null) {
                    break;
                }
                if (!s.candidate) {
                    s.candidate = true;
                    s.score += initialScore(e, s.chars);
                }
                s.score += vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (e == body) {
                    break;
                }
            }
        }
        List<Element> ranked = new ArrayList<>();
        for (Map.Entry<Element, Stats> entry : stats.entrySet()) {
            Stats s = entry.getValue();
            if (s.candidate) {
                s.score *= 1 - s.linkDensity();
                ranked.add(entry.getKey());
            }
        }
        if (ranked.isEmpty()) {
            return blocks;
        }
        ranked.sort((a, b) -> Double.compare(stats.get(b).score, stats.get(a).score));
        Element marked = mayMarkArticleBody ? markedArticleBody(body, stats) : null;
        Element top = marked != null ? marked : headlinesArticle(body, climb(ranked, stats, body), ranked, stats);
        stats.computeIfAbsent(top, k -> new Stats()).candidate = true;
        double topScore = stats.get(top).score;
        Set<Element> chosen = chooseWithSiblings(top, topScore, stats);
        List<TextBlock> inside = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (isInside(block.owner(), chosen, body)) {
                if (first < 0 && !isLinkList(block)) {
                    first = i;
                }
                inside.add(block);
            }
        }
        List<TextBlock> article = withoutLinkLists(inside);
        if (first > 0) {
            article.addAll(0, lede(blocks, first));
        }
        return article;
    }

    /**
     * The article's blocks without link lists, and without the headings that only introduce link lists
     * ("More on this topic:" over a box of links) or that introduce nothing at all, at the very end.
     */
    private static List<TextBlock> withoutLinkLists(List<TextBlock> inside) {
        int n = inside.size();
        boolean[] headingOfNothing = new boolean[n];
        // backwards, so that a heading right over a sub-heading can stand or fall with it
        for (int i = n - 1; i >= 0; i--) {
            if (inside.get(i).kind() == TextBlock.Kind.HEADING) {
                headingOfNothing[i] = introducesNothing(inside, i, headingOfNothing);
            }
        }
        List<TextBlock> article = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if ((!isLinkList(inside.get(i)) || isProseAroundALink(inside.get(i))) && !headingOfNothing[i]) {
                article.add(inside.get(i));
            }
        }
        return article;
    }

    /**
     * Whether the heading's section holds no text but links. The section is what follows the heading up to the next
     * heading, within the smallest box that holds the heading and the block after it: a teaser box ends where its
     * box does, a heading in a flat article runs to the next heading.
     */
    private static boolean introducesNothing(List<TextBlock> inside, int heading, boolean[] headingOfNothing) {
        if (heading + 1 >= inside.size()) {
            return true;
        }
        Element box = commonAncestor(inside.get(heading).owner(), inside.get(heading + 1).owner());
        for (int i = heading + 1; i < inside.size() && box != null && isWithin(inside.get(i).owner(), box); i++) {
            TextBlock block = inside.get(i);
            if (block.kind() == TextBlock.Kind.HEADING) {
                return i == heading + 1 ? headingOfNothing[i] : true;
            }
            if (!isLinkList(block)) {
                return false;
            }
        }
        return true;
    }

    private static Element commonAncestor(Element a, Element b) {
        for (Element e = a; e != null; e = e.parent()) {
            if (isWithin(b, e)) {
                return e;
            }
        }
        return null;
    }

    private static boolean isWithin(Element e, Element box) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == box) {
                return true;
            }
        }
        return false;
    }

    /**
     * The standfirst between the headline and the article body: templates often give it a box of its own beside
     * the body's. Only prose right after the page's first {@code <h1>} counts, and only when the headline is near.
     */
    private static List<TextBlock> lede(List<TextBlock> blocks, int first) {
        int headline = -1;
        for (int i = 0; i < first; i++) {
            if (blocks.get(i).owner().normalName().equals("h1")) {
                headline = i;
                break;
            }
        }
        if (headline < 0 || first - headline > MAX_LEDE_DISTANCE) {
            return List.of();
        }
        List<TextBlock> lede = new ArrayList<>();
        for (int i = headline + 1; i < first; i++) {
            TextBlock block = blocks.get(i);
            // bylines, dates and credits are short; captions sit beside their picture
            if (block.kind() != TextBlock.Kind.LIST_ITEM && block.kind() != TextBlock.Kind.CELL
                    && visibleLength(block.text()) >= MIN_LEDE_CHARS && block.linkDensity() < MAX_LEDE_LINK_DENSITY
                    && !isCaption(block.owner())) {
                lede.add(block);
            }
        }
        return lede;
    }

    /**
     * The element the page marks as its article body with schema.org microdata ({@code itemprop="articleBody"}), when
     * it holds enough prose to be one: the publisher's own word beats any vote.
     */
    private static Element markedArticleBody(Element body, Map<Element, Stats> stats) {
        Element best = null;
        int bestChars = 0;
        for (Element e : body.getElementsByAttributeValueMatching("itemprop", ARTICLE_BODY_PROPERTY)) {
            Stats s = stats.get(e);
            if (s != null && s.chars > bestChars && s.linkDensity() < MAX_MARKED_LINK_DENSITY) {
                best = e;
                bestChars = s.chars;
            }
        }
        return bestChars >= MIN_MARKED_CHARS ? best : null;
    }

    /**
     * An article split into sections (by figures, quotes, ads) makes each section a strong candidate:
     * prefer the nearest ancestor that holds several of them.
     */
    private static Element climb(List<Element> ranked, Map<Element, Stats> stats, Element body) {
        Element top = ranked.get(0);
        double topScore = stats.get(top).score;
        List<Element> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (stats.get(ranked.get(i)).score >= topScore * RIVAL) {
                rivals.add(ranked.get(i));
            }
        }
        if (rivals.size() >= MIN_RIVALS) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int holding = 0;
                for (Element rival : rivals) {
                    if (rival.parent() != null && isAncestor(parent, rival)) {
                        holding++;
                    }
                }
                if (holding >= MIN_RIVALS) {
                    top = parent;
                    break;
                }
            }
        }
        // a lone child says nothing its parent does not
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        stats.computeIfAbsent(top, k -> new Stats()).candidate = true;
        return top;
    }

    /**
     * A page that loads the next article as the reader scrolls holds several {@code <article>}s, and a later one may
     * carry more prose than the page's own: the page's headline (its first {@code <h1>}) says which article is its.
     * When the best candidate sits in another article than the headline's, the best candidate inside the headline's
     * article wins, if that article holds prose enough to be one.
     */
    private static Element headlinesArticle(Element body, Element top, List<Element> ranked, Map<Element, Stats> stats) {
        Element h1 = body.selectFirst("h1");
        Element own = h1 == null ? null : nearestArticle(h1, body);
        Element other = nearestArticle(top, body);
        if (own == null || other == null || own == other || isWithin(own, other) || isWithin(other, own)) {
            return top;
        }
        Stats s = stats.get(own);
        if (s == null || s.chars < MIN_ARTICLE_BOX_CHARS) {
            return top;
        }
        for (Element candidate : ranked) {
            if (isWithin(candidate, own)) {
                return candidate;
            }
        }
        return top;
    }

    /** The element itself or its nearest ancestor that is an {@code <article>}, up to the body; null if none. */
    private static Element nearestArticle(Element e, Element body) {
        for (Element p = e; p != null && p != body; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return p;
            }
        }
        return null;
    }

    /** A block beside a picture describes it. */
    private static boolean isCaption(Element owner) {
        Element box = owner.parent() == null ? owner : owner.parent();
        return box.selectFirst("img") != null;
    }

    /** Length with every run of whitespace counted as one character. */
    static int visibleLength(String text) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            boolean isSpace = TextCleaner.isSpace(text.charAt(i));
            if (!isSpace || !space) {
                n++;
            }
            space = isSpace;
        }
        return n;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean votes(TextBlock block) {
        return block.kind() != TextBlock.Kind.HEADING
                && block.text().length() >= MIN_VOTING_CHARS
                && block.linkDensity() < 0.5;
    }

    private static boolean hasBlockChildren(Element e) {
        for (Element child : e.children()) {
            if (HtmlText.isBlock(child) && !child.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    private static Set<Element> chooseWithSiblings(Element top, double topScore, Map<Element, Stats> stats) {
        Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.add(top);
        Element parent = top.parent();
        if (parent == null) {
            return chosen;
        }
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                continue;
            }
            Stats s = stats.get(sibling);
            if (s == null) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            if (s.candidate && s.score + bonus >= threshold) {
                chosen.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double density = s.linkDensity();
                if ((text.length() > 80 && density < 0.25)
                        || (text.length() > 0 && density == 0 && text.endsWith("."))) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    private static boolean isInside(Element e, Set<Element> chosen, Element body) {
        for (; e != null; e = e.parent()) {
            if (chosen.contains(e)) {
                return true;
            }
            if (e == body) {
                return false;
            }
        }
        return false;
    }

    /**
     * A paragraph of the article whose sentence runs on inside a link ("He was spokesman of <a>the insurer, where he
     * ran media relations, internal communication and …</a>"): long, with text of its own before or after the link,
     * punctuated like prose, and one link only. A teaser's linked headline has no commas to speak of, and a row of
     * headlines inside a sentence is several links.
     */
    private static boolean isProseAroundALink(TextBlock block) {
        String text = block.text();
        return block.kind() == TextBlock.Kind.PARAGRAPH && text.length() >= MIN_LINKED_PROSE_CHARS
                && text.length() - block.linkChars() >= MIN_UNLINKED_CHARS && commas(text) >= MIN_LINKED_PROSE_COMMAS
                && block.owner().getElementsByTag("a").size() == 1;
    }

    private static boolean isLinkList(TextBlock block) {
        return block.linkDensity() > 0.5;
    }

    private static double initialScore(Element e, int chars) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        int hint = ClassHints.weight(ClassHints.classAndId(e));
        // a box too small to hold an article is not one, however it is named
        return score + (chars < MIN_ARTICLE_BOX_CHARS ? Math.min(hint, 0) : hint);
    }

    /** Every paragraph's commas are counted: indexOf scans far faster than a loop over the characters. */
    private static int commas(String text) {
        return occurrences(text, ',') + occurrences(text, '，') + occurrences(text, '、');
    }

    private static int occurrences(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }
}
