package articleflow.normalize;

import org.jsoup.nodes.Element;

/**
 * One run of visible text that a reader sees as its own block: a paragraph, heading, list item,
 * quote, preformatted text, or text between two {@code <br>}s.
 *
 * @param text      the raw text, not yet cleaned
 * @param owner     the innermost block-level element holding it
 * @param kind      what kind of block it is, from its owner's tag
 * @param linkChars how many of its characters are link text
 */
record TextBlock(String text, Element owner, Kind kind, int linkChars) {

    enum Kind { HEADING, PARAGRAPH, LIST_ITEM, QUOTE, PRE, CELL, OTHER }

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
}
