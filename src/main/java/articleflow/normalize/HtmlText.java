package articleflow.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits the visible text of an HTML element into {@link TextBlock}s, one per block-level element,
 * so that two paragraphs are never glued together. A {@code <br>} ends a block too.
 */
final class HtmlText {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "img", "picture", "video",
            "audio", "noscript", "option", "select", "textarea", "button", "label");

    static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    /** The blocks under {@code root}, in document order, with whitespace-only blocks left out. */
    List<TextBlock> blocks(Element root) {
        Collector collector = new Collector(root);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    private static final class Collector implements NodeVisitor {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final List<Element> owners = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;

        Collector(Element root) {
            owners.add(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String content = textNode.getWholeText();
                text.append(content);
                if (linkDepth > 0) {
                    linkChars += content.length();
                }
            } else if (node instanceof Element element) {
                if (element.normalName().equals("a")) {
                    linkDepth++;
                } else if (isBlock(element)) {
                    flush();
                    if (!element.normalName().equals("br")) {
                        owners.add(element);
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.normalName().equals("a")) {
                    linkDepth--;
                } else if (isBlock(element) && !element.normalName().equals("br")) {
                    flush();
                    if (owners.size() > 1 && owners.get(owners.size() - 1) == element) {
                        owners.remove(owners.size() - 1);
                    }
                }
            }
        }

        void flush() {
            if (text.length() > 0) {
                if (!isBlank(text)) {
                    Element owner = owners.get(owners.size() - 1);
                    blocks.add(new TextBlock(text.toString(), owner, kindOf(owner), Math.min(linkChars, text.length())));
                }
                text.setLength(0);
            }
            linkChars = 0;
        }

        private static boolean isBlank(CharSequence s) {
            for (int i = 0; i < s.length(); i++) {
                if (!TextCleaner.isSpace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static TextBlock.Kind kindOf(Element owner) {
            return switch (owner.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
                case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
                case "blockquote" -> TextBlock.Kind.QUOTE;
                case "pre" -> TextBlock.Kind.PRE;
                case "td", "th" -> TextBlock.Kind.CELL;
                case "p" -> TextBlock.Kind.PARAGRAPH;
                default -> TextBlock.Kind.OTHER;
            };
        }
    }
}
