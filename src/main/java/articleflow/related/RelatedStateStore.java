package articleflow.related;

/** Where {@link RelatedArticles} keeps each article's {@link RelatedState}, keyed by article id. */
public interface RelatedStateStore {

    /** The article's state, or null. Changes to it count only once {@link #put} back. */
    RelatedState get(String id);

    void put(RelatedState state);

    void delete(String id);

    /** Every state, for eviction by a punctuator. */
    Iterable<RelatedState> all();
}
