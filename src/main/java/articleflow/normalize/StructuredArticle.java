package articleflow.normalize;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in schema.org JSON-LD: some pages render their text with scripts and carry it
 * only there, as the {@code articleBody} of an {@code Article}, {@code NewsArticle}, {@code BlogPosting} or
 * another Article type, at the top level, in a list, or in an {@code @graph}.
 */
final class StructuredArticle {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "Article", "NewsArticle", "BlogPosting", "Blog", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
            "SatiricalArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting", "WebPage");
    /** Nesting deeper than this is not where articles are put; the cap bounds the work on a hostile page. */
    private static final int MAX_DEPTH = 6;
    private static final int MAX_SCRIPT_CHARS = 2_000_000;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build());

    private StructuredArticle() {
    }

    /**
     * The longest {@code articleBody} of an article-typed JSON-LD object in the page, or null. Callers check first that
     * the page's source mentions articleBody at all: the common page does not, and looking costs a scan of the tree.
     */
    static String articleBody(Document doc) {
        String best = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.length() > MAX_SCRIPT_CHARS || !json.contains("articleBody")) {
                continue;
            }
            try (JsonParser parser = MAPPER.createParser(json)) {
                String body = find(MAPPER.readTree(parser), 0);
                if (body != null && (best == null || body.length() > best.length())) {
                    best = body;
                }
            } catch (IOException | RuntimeException malformed) {
                // publishers' JSON-LD is often broken; a page without usable markup is an ordinary page
            }
        }
        return best;
    }

    private static String find(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isArray()) {
            String best = null;
            for (JsonNode item : node) {
                best = longer(best, find(item, depth + 1));
            }
            return best;
        }
        if (!node.isObject()) {
            return null;
        }
        String best = null;
        JsonNode body = node.get("articleBody");
        if (body != null && body.isTextual() && isArticle(node.get("@type"))) {
            best = body.textValue();
        }
        best = longer(best, find(node.get("@graph"), depth + 1));
        best = longer(best, find(node.get("mainEntity"), depth + 1));
        return longer(best, find(node.get("mainEntityOfPage"), depth + 1));
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        if (!type.isTextual()) {
            return false;
        }
        String name = type.textValue();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
        return ARTICLE_TYPES.contains(slash < 0 ? name : name.substring(slash + 1));
    }

    private static String longer(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.length() >= b.length() ? a : b;
    }
}
