package articleflow.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Raw article fixtures for tests, written as a publisher would send them. */
final class Articles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Articles() {
    }

    static ObjectNode article(String id, String source, String publishedAt, String title, String body) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("source", source);
        node.put("url", "https://" + source + ".example/" + id);
        node.put("title", title);
        node.put("body", body);
        node.put("content_type", "text/plain");
        node.put("published_at", publishedAt);
        node.put("language", "en");
        return node;
    }

    static String json(ObjectNode node) {
        return node.toString();
    }

    /** A body of a few distinct paragraphs about a topic, so summaries and furniture have something to work on. */
    static String body(String topic) {
        return "The council of " + topic + " met on Tuesday to approve a new budget for the coming year. "
                + "Officials said the plan would fund roads, schools and a library in the town centre.\n\n"
                + "Residents of " + topic + " had asked for more money for public transport. "
                + "The mayor said buses would run every ten minutes from the spring.\n\n"
                + "Opposition members criticised the cost of the plan in " + topic + ". "
                + "They warned that taxes could rise if revenues fall short of the forecast.\n\n"
                + "A final vote on the " + topic + " budget is expected next month.";
    }
}
