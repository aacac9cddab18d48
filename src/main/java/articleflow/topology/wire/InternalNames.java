package articleflow.topology.wire;

/**
 * The names of the pipeline's state stores and repartition topics. Kafka Streams derives the internal topic
 * names from them ({@code <application.id>-<name>-repartition}, {@code <application.id>-<store>-changelog}), so
 * renaming one loses its state: see the README's upgrade notes.
 */
public final class InternalNames {

    /** Per article, by id: its versions, revisions and the record last published. */
    public static final String ARTICLES_STORE = "articles";
    /** Per publisher line, by source: where learned furniture was seen. */
    public static final String SOURCE_LINES_STORE = "source-lines";
    /** Each publisher's feed in publish order, by source. */
    public static final String FEED_ORDER_STORE = "feed-order";
    /** Each article's place in its publisher's feed, by source. */
    public static final String FEED_POSITIONS_STORE = "feed-positions";

    /** Per article, by id: what the related stage indexed of it, its list and its pairings. */
    public static final String RELATED_STATES_STORE = "related-states";
    /** Per article, by id: its distinct terms, from which the task's document frequencies are rebuilt. */
    public static final String RELATED_TERMS_STORE = "related-terms";
    /** Per bucket (term or near-duplicate band) and member: the articles filed there. */
    public static final String BUCKET_MEMBERS_STORE = "related-bucket-members";
    /** Per bucket: its clock and how far back it had to evict for its cap. */
    public static final String BUCKET_STATES_STORE = "related-bucket-states";
    /** Articles whose related links changed and wait to be published together (ids only; in memory, logged). */
    public static final String RELATED_NEWS_STORE = "related-news";

    public static final String BY_ID_TOPIC = "articles-by-id";
    public static final String BY_BUCKET_TOPIC = "related-by-bucket";
    public static final String PAIRS_TOPIC = "related-pairs";
    public static final String RETRACTIONS_TOPIC = "related-retractions";
    public static final String BY_SOURCE_TOPIC = "articles-by-source";
    public static final String FEED_REPLIES_TOPIC = "feed-replies";

    private InternalNames() {
    }

    public static String repartitionTopic(String applicationId, String name) {
        return applicationId + "-" + name + "-repartition";
    }

    public static String changelogTopic(String applicationId, String store) {
        return applicationId + "-" + store + "-changelog";
    }
}
