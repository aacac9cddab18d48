package articleflow.normalize;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text length of a page as {@link PagePruner#textLength} counts it, read only as far as the questions asked of
 * it need and never twice: each frame asks whether the page holds at least so many characters, and a small frame is
 * answered from the page's first lines. The page must not change while this is in use.
 */
final class PageLength {

    private final Element page;
    /** The next node to read, in document order; null once the whole page is read. */
    private Node next;
    private int count;
    /** Whether the last character read is whitespace (or nothing is read yet): a run of it counts once. */
    private boolean space = true;

    PageLength(Element page) {
        this.page = page;
        this.next = page;
    }

    /** Whether the page's text counts {@code min} characters or more. */
    boolean atLeast(int min) {
        while (count < min && next != null) {
            if (next instanceof TextNode text) {
                read(text.getWholeText());
            }
            next = following(next);
        }
        return count >= min;
    }

    private void read(String s) {
        count += TextCleaner.collapsedLength(s, space);
        space = TextCleaner.endsInSpace(s, space);
    }

    /** The node after {@code node} in document order within the page, or null at its end. */
    private Node following(Node node) {
        if (node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        for (Node n = node; n != page; n = n.parentNode()) {
            Node sibling = n.nextSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
