package articleflow.related;

import java.util.List;

/**
 * What the related stage says about one article, for the assembler to merge into the enriched record:
 * {@code keywords}, {@code neighbors.related} and {@code duplicate_of}. A new view is emitted whenever one of
 * them changes; {@code version} is the article version it describes.
 */
public record RelatedView(String id, long version, List<String> keywords, List<LinkedArticle> related,
                          String duplicateOf) {

    public RelatedView {
        keywords = List.copyOf(keywords);
        related = List.copyOf(related);
    }
}
