package articleflow.normalize;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Caps how deep a parsed page nests: below {@link #MAX_DEPTH} elements, a subtree is replaced by its text.
 * Browsers stop nesting at 512 (Chromium's parser cap); no article page comes near it, but a hostile one of
 * 100,000 nested elements would make every later walk of the tree slow, so it is cut once, right after parsing.
 */
final class DeepNesting {

    static final int MAX_DEPTH = 256;

    private DeepNesting() {
    }

    /** Flattens what lies deeper than {@link #MAX_DEPTH}; returns whether anything had to be flattened. */
    static boolean flatten(Element root) {
        List<Element> cut = new ArrayList<>();
        // NodeTraversor walks without recursion, so the depth of the page cannot overflow the stack here
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int nodeDepth) {
                if (node instanceof Element element && nodeDepth >= MAX_DEPTH) {
                    cut.add(element);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int nodeDepth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element element : cut) {
            // wholeText keeps line breaks, so paragraphs that were deep stay apart as lines of text
            element.text(element.wholeText());
        }
        return !cut.isEmpty();
    }
}
